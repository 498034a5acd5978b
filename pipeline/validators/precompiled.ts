/* Generated from schemas/ by `npm run types` (scripts/validators-source.ts). Do not edit: change the schema and regenerate. */
// @ts-nocheck
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";
import { formats } from "../lib/formats.ts";

const require = createRequire(import.meta.url);

export const arabicContext = validate21;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-context.schema.json","title":"ArabicContext","description":"Words around a number that change what it is (pipeline/arabic/lexicon/context.json): year markers, month names (a day before a month is not a quantity, a year after it is a year), ordinals (not numbers, and they take the عشر of an ordinal teen with them), identifier markers (رقم 12 is a label), false friends. Each word here is folded like the number words and may not be one of them.","type":"object","additionalProperties":false,"required":["yearMarkers","hijriYearSuffixes","months","ordinals","identifierMarkers","figureVerbs","identifierAdverbs","falseFriends"],"properties":{"yearMarkers":{"$ref":"#/definitions/words","description":"Words after which a four-digit integer is a calendar year (سنة 2021, عام 2020, سنتي 2020 و2021)."},"hijriYearSuffixes":{"$ref":"#/definitions/words","description":"A word after a four-digit integer that makes it a year (1444 هـ, written ه once the tatweel is removed)."},"months":{"type":"array","description":"Month names, Gregorian (Moroccan, Middle-Eastern, Algerian-Tunisian and Levantine names) and Hijri; صفر is left out because it is also the number zero.","items":{"$ref":"#/definitions/month"}},"ordinals":{"$ref":"#/definitions/words","description":"Ordinal words (ثالث, خامسة, حادي): not numbers; an ordinal followed by عشر/عشرة or by و and a ten is one ordinal."},"figureVerbs":{"$ref":"#/definitions/words","description":"Verbs of being and reaching ('كان الرقم 5800', 'بلغ الرقم 5800'), and the demonstrative ('بلغ هذا الرقم 6312'): after one, 'الرقم' is the figure, not an identifier's marker, and the number after it is a quantity."},"identifierAdverbs":{"$ref":"#/definitions/words","description":"Adverbs that may follow an identifier's digits ('بالرقم 19 مجانا', 'الرقم 19 دائما'): after 'رقم' and digits, an indefinite accusative word is what the digits count ('رقم 4677 ملفا'), unless it is one of these."},"identifierMarkers":{"$ref":"#/definitions/words","description":"Words after which the number is an identifier, not a quantity (رقم)."},"falseFriends":{"$ref":"#/definitions/words","description":"Written words, clitics included, that look like a number word or a qualifier with clitics but are something else (لست 'I am not' is not ل + ست; بدون 'without' is not ب + دون): never read as a number or a qualifier."}},"definitions":{"words":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+$"}},"month":{"type":"object","additionalProperties":false,"required":["name","month","calendar"],"properties":{"name":{"type":"string","description":"One or two words (كانون الأول).","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"},"month":{"type":"integer","minimum":1,"maximum":12},"calendar":{"type":"string","enum":["gregorian","hijri"]}},"title":"ArabicMonth"}}};
const schema7 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+$"}};
const pattern0 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"type":"object","additionalProperties":false,"required":["name","month","calendar"],"properties":{"name":{"type":"string","description":"One or two words (كانون الأول).","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"},"month":{"type":"integer","minimum":1,"maximum":12},"calendar":{"type":"string","enum":["gregorian","hijri"]}},"title":"ArabicMonth"};
const pattern1 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.month === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "month"},message:"must have required property '"+"month"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.calendar === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calendar"},message:"must have required property '"+"calendar"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "month")) || (key0 === "calendar"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.month !== undefined){
let data1 = data.month;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/month",schemaPath:"#/properties/month/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 12 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/month",schemaPath:"#/properties/month/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/month",schemaPath:"#/properties/month/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.calendar !== undefined){
let data2 = data.calendar;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data2 === "gregorian") || (data2 === "hijri"))){
const err10 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/enum",keyword:"enum",params:{allowedValues: schema8.properties.calendar.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="arabic-context.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema6.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((((((key0 === "yearMarkers") || (key0 === "hijriYearSuffixes")) || (key0 === "months")) || (key0 === "ordinals")) || (key0 === "figureVerbs")) || (key0 === "identifierAdverbs")) || (key0 === "identifierMarkers")) || (key0 === "falseFriends"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.yearMarkers !== undefined){
if(!(validate22(data.yearMarkers, {instancePath:instancePath+"/yearMarkers",parentData:data,parentDataProperty:"yearMarkers",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.hijriYearSuffixes !== undefined){
if(!(validate22(data.hijriYearSuffixes, {instancePath:instancePath+"/hijriYearSuffixes",parentData:data,parentDataProperty:"hijriYearSuffixes",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.months !== undefined){
let data2 = data.months;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate25(data2[i0], {instancePath:instancePath+"/months/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/months",schemaPath:"#/properties/months/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ordinals !== undefined){
if(!(validate22(data.ordinals, {instancePath:instancePath+"/ordinals",parentData:data,parentDataProperty:"ordinals",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.figureVerbs !== undefined){
if(!(validate22(data.figureVerbs, {instancePath:instancePath+"/figureVerbs",parentData:data,parentDataProperty:"figureVerbs",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.identifierAdverbs !== undefined){
if(!(validate22(data.identifierAdverbs, {instancePath:instancePath+"/identifierAdverbs",parentData:data,parentDataProperty:"identifierAdverbs",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.identifierMarkers !== undefined){
if(!(validate22(data.identifierMarkers, {instancePath:instancePath+"/identifierMarkers",parentData:data,parentDataProperty:"identifierMarkers",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.falseFriends !== undefined){
if(!(validate22(data.falseFriends, {instancePath:instancePath+"/falseFriends",parentData:data,parentDataProperty:"falseFriends",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const arabicDualNouns = validate32;
const schema9 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-dual-nouns.schema.json","title":"ArabicDualNouns","description":"Counted nouns whose dual is read as the number two (عمليتين → 2), in pipeline/arabic/lexicon/dual-nouns.json. Only these duals are numbers: a word is never taken for a dual from its ending. Leave out nouns whose dual is spelled like their plural (مواطنين) and scale words (ألفين is a number already). The recognizer adds the clitics و ف ب ل ك; a dual with the article (البلدين 'both countries') is not a count, nor a construct dual unless listed in `construct`.","type":"object","additionalProperties":false,"required":["nouns"],"properties":{"nouns":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["singular","dual"],"properties":{"singular":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+$"},"dual":{"type":"array","minItems":1,"uniqueItems":true,"description":"The nominative (ان) and oblique (ين) duals, without diacritics.","items":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+(ان|ين)$"}},"construct":{"type":"array","uniqueItems":true,"description":"The construct duals (تا، تي) of a feminine noun a count is written with before its genitive ('عمليتي تسليم مراقب' is two operations). Listed only for nouns whose construct is not read otherwise in these texts ('عمليتي' as 'my operation' does not occur in news).","items":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+(تا|تي)$"}}}}}}};
const pattern3 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+(ان|ين)$", "u");
const pattern4 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+(تا|تي)$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="arabic-dual-nouns.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nouns === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nouns"},message:"must have required property '"+"nouns"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "nouns")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.nouns !== undefined){
let data0 = data.nouns;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/nouns",schemaPath:"#/properties/nouns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.singular === undefined){
const err3 = {instancePath:instancePath+"/nouns/" + i0,schemaPath:"#/properties/nouns/items/required",keyword:"required",params:{missingProperty: "singular"},message:"must have required property '"+"singular"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.dual === undefined){
const err4 = {instancePath:instancePath+"/nouns/" + i0,schemaPath:"#/properties/nouns/items/required",keyword:"required",params:{missingProperty: "dual"},message:"must have required property '"+"dual"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "singular") || (key1 === "dual")) || (key1 === "construct"))){
const err5 = {instancePath:instancePath+"/nouns/" + i0,schemaPath:"#/properties/nouns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.singular !== undefined){
let data2 = data1.singular;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/nouns/" + i0+"/singular",schemaPath:"#/properties/nouns/items/properties/singular/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/nouns/" + i0+"/singular",schemaPath:"#/properties/nouns/items/properties/singular/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.dual !== undefined){
let data3 = data1.dual;
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/nouns/" + i0+"/dual",schemaPath:"#/properties/nouns/items/properties/dual/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err9 = {instancePath:instancePath+"/nouns/" + i0+"/dual/" + i1,schemaPath:"#/properties/nouns/items/properties/dual/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+(ان|ين)$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+(ان|ين)$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/nouns/" + i0+"/dual/" + i1,schemaPath:"#/properties/nouns/items/properties/dual/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i2 = data3.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data3[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/nouns/" + i0+"/dual",schemaPath:"#/properties/nouns/items/properties/dual/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err12 = {instancePath:instancePath+"/nouns/" + i0+"/dual",schemaPath:"#/properties/nouns/items/properties/dual/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.construct !== undefined){
let data5 = data1.construct;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i3=0; i3<len2; i3++){
let data6 = data5[i3];
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err13 = {instancePath:instancePath+"/nouns/" + i0+"/construct/" + i3,schemaPath:"#/properties/nouns/items/properties/construct/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+(تا|تي)$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+(تا|تي)$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/nouns/" + i0+"/construct/" + i3,schemaPath:"#/properties/nouns/items/properties/construct/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
let i4 = data5.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data5[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err15 = {instancePath:instancePath+"/nouns/" + i0+"/construct",schemaPath:"#/properties/nouns/items/properties/construct/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err16 = {instancePath:instancePath+"/nouns/" + i0+"/construct",schemaPath:"#/properties/nouns/items/properties/construct/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/nouns/" + i0,schemaPath:"#/properties/nouns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/nouns",schemaPath:"#/properties/nouns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

export const arabicNumerals = validate33;
const schema10 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-numerals.schema.json","title":"ArabicNumerals","description":"The Arabic number words the recognizer composes (pipeline/arabic/lexicon/numerals.json). Forms are written as in print, without diacritics or tatweel; the recognizer folds them (أ إ آ → ا, ة → ه, ى → ي) and adds the clitics و ف ب ل ك ال itself. A folded form may belong to one entry only.","type":"object","additionalProperties":false,"required":["units","teenTails","teens","tens","hundreds","scales","fractions","decimalPoints","minusWords","scaleLinkers","vague"],"properties":{"units":{"type":"array","description":"Words for 0 to 10, with what each may do in a compound number.","items":{"$ref":"#/definitions/unit"}},"teenTails":{"$ref":"#/definitions/forms","description":"عشر/عشرة after a teen head (ثلاثة عشر، إحدى عشرة). Each must also be a unit of value 10."},"teens":{"type":"array","description":"One-word teens (11 to 19), as in Egyptian حداشر، تلتاشر.","items":{"$ref":"#/definitions/valued"}},"tens":{"type":"array","description":"20 to 90 in the nominative (ون) and the oblique (ين).","items":{"$ref":"#/definitions/valued"}},"hundreds":{"type":"array","description":"100 to 900: مائة/مئة, the duals, and the fused forms (ثلاثمائة).","items":{"$ref":"#/definitions/hundred"}},"scales":{"type":"array","description":"ألف, مليون, مليار, تريليون with their grammatical numbers.","items":{"$ref":"#/definitions/scale"}},"fractions":{"type":"array","description":"نصف, ربع: a fraction of a scale word (نصف مليون) or added after one (مليون ونصف). Never a number alone.","items":{"$ref":"#/definitions/fraction"}},"decimalPoints":{"$ref":"#/definitions/forms","description":"The word for the decimal point between two numbers (واحد فاصلة خمسة)."},"minusWords":{"$ref":"#/definitions/forms","description":"Words for 'minus' written before a number (سالب 5، ناقص ثلاثة): the number is negative. After a number they are the operator ('5 ناقص 3'), and the numbers stay positive."},"scaleLinkers":{"$ref":"#/definitions/forms","description":"Moroccan Arabic's 'of' between a number and a scale word in the plural with the article ('ربعة د الألاف', four thousand; 'ستة ديال الملايين'): the number multiplies the scale. Not a number word alone, never with clitics."},"vague":{"$ref":"#/definitions/forms","description":"Words of quantity that are not numbers (عشرات 'dozens of', مئات, بضعة): never a mention; listed so that no entry above takes them."}},"definitions":{"word":{"type":"string","description":"An Arabic word without diacritics or tatweel.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"},"forms":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}},"dialect":{"type":"string","description":"Set when the forms are dialectal rather than Modern Standard Arabic.","enum":["egyptian","moroccan"]},"unit":{"type":"object","additionalProperties":false,"required":["value","forms","standalone","teenHead","tensHead","hundredHead"],"properties":{"value":{"type":"integer","minimum":0,"maximum":10},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own (واحد yes; أحد and اثنا only inside a compound)."},"teenHead":{"type":"boolean","description":"May be followed by عشر/عشرة to make value + 10."},"tensHead":{"type":"boolean","description":"May be followed by و and a ten (خمسة وعشرون)."},"hundredHead":{"type":"boolean","description":"May be followed by مائة/مئة to make value × 100 (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}},"valued":{"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"integer","minimum":11,"maximum":90},"forms":{"$ref":"#/definitions/forms"},"dialect":{"$ref":"#/definitions/dialect"}}},"hundred":{"type":"object","additionalProperties":false,"required":["value","forms","standalone","multipliable"],"properties":{"value":{"type":"integer","minimum":100,"maximum":900,"multipleOf":100},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own; false for forms that are also common other words (Egyptian متين is also 'solid'), which count only inside a longer number."},"multipliable":{"type":"boolean","description":"May follow a unit 3–9 written apart (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}},"scale":{"type":"object","additionalProperties":false,"required":["value","singular","dual","plural","accusative","dualConstruct"],"properties":{"value":{"type":"number","enum":[1000,1000000,1000000000,1000000000000]},"singular":{"$ref":"#/definitions/forms","description":"ألف: 1000 alone, or times the number before it."},"dual":{"$ref":"#/definitions/forms","description":"ألفان/ألفين: two of the scale, never after a number."},"plural":{"$ref":"#/definitions/forms","description":"آلاف: only times a number before it; alone it is vague ('thousands of')."},"accusative":{"$ref":"#/definitions/forms","description":"ألفا: times the number before it (أحد عشر ألفا); at the start of a number and followed by و and the rest of it, or written with its tanween (ألفاً), the accusative singular (ألفا و312 = 1312, ألفاً = 1000); otherwise alone, the dual in construct (ألفا درهم = 2000)."},"dualConstruct":{"$ref":"#/definitions/forms","description":"ألفي: the oblique dual in construct, two of the scale."}}},"fraction":{"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"forms":{"$ref":"#/definitions/forms"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const schema11 = {"type":"object","additionalProperties":false,"required":["value","forms","standalone","teenHead","tensHead","hundredHead"],"properties":{"value":{"type":"integer","minimum":0,"maximum":10},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own (واحد yes; أحد and اثنا only inside a compound)."},"teenHead":{"type":"boolean","description":"May be followed by عشر/عشرة to make value + 10."},"tensHead":{"type":"boolean","description":"May be followed by و and a ten (خمسة وعشرون)."},"hundredHead":{"type":"boolean","description":"May be followed by مائة/مئة to make value × 100 (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}};
const schema12 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}};
const schema13 = {"type":"string","description":"An Arabic word without diacritics or tatweel.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"};
const pattern5 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern5.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const func0 = require("ajv/dist/runtime/equal").default;

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate36(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err1 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"string","description":"Set when the forms are dialectal rather than Modern Standard Arabic.","enum":["egyptian","moroccan"]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "egyptian") || (data === "moroccan"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema11.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(((((((key0 === "value") || (key0 === "forms")) || (key0 === "standalone")) || (key0 === "teenHead")) || (key0 === "tensHead")) || (key0 === "hundredHead")) || (key0 === "dialect"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 10 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.forms !== undefined){
if(!(validate35(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.standalone !== undefined){
if(typeof data.standalone !== "boolean"){
const err5 = {instancePath:instancePath+"/standalone",schemaPath:"#/properties/standalone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.teenHead !== undefined){
if(typeof data.teenHead !== "boolean"){
const err6 = {instancePath:instancePath+"/teenHead",schemaPath:"#/properties/teenHead/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tensHead !== undefined){
if(typeof data.tensHead !== "boolean"){
const err7 = {instancePath:instancePath+"/tensHead",schemaPath:"#/properties/tensHead/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.hundredHead !== undefined){
if(typeof data.hundredHead !== "boolean"){
const err8 = {instancePath:instancePath+"/hundredHead",schemaPath:"#/properties/hundredHead/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.dialect !== undefined){
if(!(validate39(data.dialect, {instancePath:instancePath+"/dialect",parentData:data,parentDataProperty:"dialect",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"integer","minimum":11,"maximum":90},"forms":{"$ref":"#/definitions/forms"},"dialect":{"$ref":"#/definitions/dialect"}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.forms === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "forms"},message:"must have required property '"+"forms"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "value") || (key0 === "forms")) || (key0 === "dialect"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 90 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 11 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 11},message:"must be >= 11"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.forms !== undefined){
if(!(validate35(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.dialect !== undefined){
if(!(validate39(data.dialect, {instancePath:instancePath+"/dialect",parentData:data,parentDataProperty:"dialect",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","additionalProperties":false,"required":["value","forms","standalone","multipliable"],"properties":{"value":{"type":"integer","minimum":100,"maximum":900,"multipleOf":100},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own; false for forms that are also common other words (Egyptian متين is also 'solid'), which count only inside a longer number."},"multipliable":{"type":"boolean","description":"May follow a unit 3–9 written apart (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema16.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(((((key0 === "value") || (key0 === "forms")) || (key0 === "standalone")) || (key0 === "multipliable")) || (key0 === "dialect"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 900 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 900},message:"must be <= 900"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
let res0;
if((100 === 0 || (res0 = data0/100, res0 !== parseInt(res0)))){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/multipleOf",keyword:"multipleOf",params:{multipleOf: 100},message:"must be multiple of 100"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.forms !== undefined){
if(!(validate35(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.standalone !== undefined){
if(typeof data.standalone !== "boolean"){
const err6 = {instancePath:instancePath+"/standalone",schemaPath:"#/properties/standalone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.multipliable !== undefined){
if(typeof data.multipliable !== "boolean"){
const err7 = {instancePath:instancePath+"/multipliable",schemaPath:"#/properties/multipliable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.dialect !== undefined){
if(!(validate39(data.dialect, {instancePath:instancePath+"/dialect",parentData:data,parentDataProperty:"dialect",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","additionalProperties":false,"required":["value","singular","dual","plural","accusative","dualConstruct"],"properties":{"value":{"type":"number","enum":[1000,1000000,1000000000,1000000000000]},"singular":{"$ref":"#/definitions/forms","description":"ألف: 1000 alone, or times the number before it."},"dual":{"$ref":"#/definitions/forms","description":"ألفان/ألفين: two of the scale, never after a number."},"plural":{"$ref":"#/definitions/forms","description":"آلاف: only times a number before it; alone it is vague ('thousands of')."},"accusative":{"$ref":"#/definitions/forms","description":"ألفا: times the number before it (أحد عشر ألفا); at the start of a number and followed by و and the rest of it, or written with its tanween (ألفاً), the accusative singular (ألفا و312 = 1312, ألفاً = 1000); otherwise alone, the dual in construct (ألفا درهم = 2000)."},"dualConstruct":{"$ref":"#/definitions/forms","description":"ألفي: the oblique dual in construct, two of the scale."}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema17.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((((key0 === "value") || (key0 === "singular")) || (key0 === "dual")) || (key0 === "plural")) || (key0 === "accusative")) || (key0 === "dualConstruct"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === 1000) || (data0 === 1000000)) || (data0 === 1000000000)) || (data0 === 1000000000000))){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/enum",keyword:"enum",params:{allowedValues: schema17.properties.value.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.singular !== undefined){
if(!(validate35(data.singular, {instancePath:instancePath+"/singular",parentData:data,parentDataProperty:"singular",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.dual !== undefined){
if(!(validate35(data.dual, {instancePath:instancePath+"/dual",parentData:data,parentDataProperty:"dual",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.plural !== undefined){
if(!(validate35(data.plural, {instancePath:instancePath+"/plural",parentData:data,parentDataProperty:"plural",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.accusative !== undefined){
if(!(validate35(data.accusative, {instancePath:instancePath+"/accusative",parentData:data,parentDataProperty:"accusative",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.dualConstruct !== undefined){
if(!(validate35(data.dualConstruct, {instancePath:instancePath+"/dualConstruct",parentData:data,parentDataProperty:"dualConstruct",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"forms":{"$ref":"#/definitions/forms"}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.forms === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "forms"},message:"must have required property '"+"forms"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "value") || (key0 === "forms"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 >= 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 <= 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.forms !== undefined){
if(!(validate35(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="arabic-numerals.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema10.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema10.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.units !== undefined){
let data0 = data.units;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate34(data0[i0], {instancePath:instancePath+"/units/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.teenTails !== undefined){
if(!(validate35(data.teenTails, {instancePath:instancePath+"/teenTails",parentData:data,parentDataProperty:"teenTails",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.teens !== undefined){
let data3 = data.teens;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate43(data3[i1], {instancePath:instancePath+"/teens/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/teens",schemaPath:"#/properties/teens/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tens !== undefined){
let data5 = data.tens;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate43(data5[i2], {instancePath:instancePath+"/tens/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/tens",schemaPath:"#/properties/tens/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.hundreds !== undefined){
let data7 = data.hundreds;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
if(!(validate48(data7[i3], {instancePath:instancePath+"/hundreds/" + i3,parentData:data7,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/hundreds",schemaPath:"#/properties/hundreds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.scales !== undefined){
let data9 = data.scales;
if(Array.isArray(data9)){
const len4 = data9.length;
for(let i4=0; i4<len4; i4++){
if(!(validate52(data9[i4], {instancePath:instancePath+"/scales/" + i4,parentData:data9,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/scales",schemaPath:"#/properties/scales/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.fractions !== undefined){
let data11 = data.fractions;
if(Array.isArray(data11)){
const len5 = data11.length;
for(let i5=0; i5<len5; i5++){
if(!(validate59(data11[i5], {instancePath:instancePath+"/fractions/" + i5,parentData:data11,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/fractions",schemaPath:"#/properties/fractions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.decimalPoints !== undefined){
if(!(validate35(data.decimalPoints, {instancePath:instancePath+"/decimalPoints",parentData:data,parentDataProperty:"decimalPoints",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.minusWords !== undefined){
if(!(validate35(data.minusWords, {instancePath:instancePath+"/minusWords",parentData:data,parentDataProperty:"minusWords",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.scaleLinkers !== undefined){
if(!(validate35(data.scaleLinkers, {instancePath:instancePath+"/scaleLinkers",parentData:data,parentDataProperty:"scaleLinkers",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.vague !== undefined){
if(!(validate35(data.vague, {instancePath:instancePath+"/vague",parentData:data,parentDataProperty:"vague",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

export const arabicPercent = validate66;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-percent.schema.json","title":"ArabicPercent","description":"What makes the number before it a percentage (pipeline/arabic/lexicon/percent.json): a phrase of words (في المائة, بالمئة) or a sign (%, ٪). The phrase or sign is part of the mention.","type":"object","additionalProperties":false,"required":["phrases","signs"],"properties":{"phrases":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","description":"Words without diacritics, separated by one space, written exactly as they follow the number (no clitic is added).","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"}},"signs":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":1}}}};
const pattern6 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$", "u");
const func4 = require("ajv/dist/runtime/ucs2length").default;

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="arabic-percent.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.phrases === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phrases"},message:"must have required property '"+"phrases"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.signs === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signs"},message:"must have required property '"+"signs"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "phrases") || (key0 === "signs"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.phrases !== undefined){
let data0 = data.phrases;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/phrases",schemaPath:"#/properties/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err4 = {instancePath:instancePath+"/phrases/" + i0,schemaPath:"#/properties/phrases/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/phrases/" + i0,schemaPath:"#/properties/phrases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err6 = {instancePath:instancePath+"/phrases",schemaPath:"#/properties/phrases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err7 = {instancePath:instancePath+"/phrases",schemaPath:"#/properties/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.signs !== undefined){
let data2 = data.signs;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/signs",schemaPath:"#/properties/signs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(func4(data3) > 1){
const err9 = {instancePath:instancePath+"/signs/" + i2,schemaPath:"#/properties/signs/items/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func4(data3) < 1){
const err10 = {instancePath:instancePath+"/signs/" + i2,schemaPath:"#/properties/signs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/signs/" + i2,schemaPath:"#/properties/signs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data2[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err12 = {instancePath:instancePath+"/signs",schemaPath:"#/properties/signs/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err13 = {instancePath:instancePath+"/signs",schemaPath:"#/properties/signs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}

export const arabicQualifiers = validate67;
const schema20 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-qualifiers.schema.json","title":"ArabicQualifiers","description":"Phrases written right before a number that bound or approximate it (pipeline/arabic/lexicon/qualifiers.json). The first word may carry the clitics و ف ب ل ك (بأكثر من); the mention then starts at the phrase, after the clitics.","type":"object","additionalProperties":false,"required":["qualifiers"],"properties":{"after":{"type":"array","description":"One word written right after a number that bounds it, the conjunction on it ('أربعين ونيفا', forty-odd: more than forty). The mention then runs to the end of the word.","items":{"type":"object","additionalProperties":false,"required":["word","code"],"properties":{"word":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+$"},"code":{"type":"string","enum":["gt","gte","lt","lte","approx"]}}}},"qualifiers":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["phrase","code"],"properties":{"phrase":{"type":"string","description":"Words without diacritics, separated by one space.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"},"code":{"type":"string","enum":["gt","gte","lt","lte","approx"],"description":"gt: more than; gte: at least; lt: less than; lte: at most; approx: about."}}}}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="arabic-qualifiers.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.qualifiers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifiers"},message:"must have required property '"+"qualifiers"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "after") || (key0 === "qualifiers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.after !== undefined){
let data0 = data.after;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.word === undefined){
const err2 = {instancePath:instancePath+"/after/" + i0,schemaPath:"#/properties/after/items/required",keyword:"required",params:{missingProperty: "word"},message:"must have required property '"+"word"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.code === undefined){
const err3 = {instancePath:instancePath+"/after/" + i0,schemaPath:"#/properties/after/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "word") || (key1 === "code"))){
const err4 = {instancePath:instancePath+"/after/" + i0,schemaPath:"#/properties/after/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.word !== undefined){
let data2 = data1.word;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err5 = {instancePath:instancePath+"/after/" + i0+"/word",schemaPath:"#/properties/after/items/properties/word/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/after/" + i0+"/word",schemaPath:"#/properties/after/items/properties/word/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/after/" + i0+"/code",schemaPath:"#/properties/after/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((data3 === "gt") || (data3 === "gte")) || (data3 === "lt")) || (data3 === "lte")) || (data3 === "approx"))){
const err8 = {instancePath:instancePath+"/after/" + i0+"/code",schemaPath:"#/properties/after/items/properties/code/enum",keyword:"enum",params:{allowedValues: schema20.properties.after.items.properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/after/" + i0,schemaPath:"#/properties/after/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.qualifiers !== undefined){
let data4 = data.qualifiers;
if(Array.isArray(data4)){
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/qualifiers",schemaPath:"#/properties/qualifiers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.phrase === undefined){
const err12 = {instancePath:instancePath+"/qualifiers/" + i1,schemaPath:"#/properties/qualifiers/items/required",keyword:"required",params:{missingProperty: "phrase"},message:"must have required property '"+"phrase"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.code === undefined){
const err13 = {instancePath:instancePath+"/qualifiers/" + i1,schemaPath:"#/properties/qualifiers/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "phrase") || (key2 === "code"))){
const err14 = {instancePath:instancePath+"/qualifiers/" + i1,schemaPath:"#/properties/qualifiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.phrase !== undefined){
let data6 = data5.phrase;
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err15 = {instancePath:instancePath+"/qualifiers/" + i1+"/phrase",schemaPath:"#/properties/qualifiers/items/properties/phrase/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/qualifiers/" + i1+"/phrase",schemaPath:"#/properties/qualifiers/items/properties/phrase/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.code !== undefined){
let data7 = data5.code;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/qualifiers/" + i1+"/code",schemaPath:"#/properties/qualifiers/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((((data7 === "gt") || (data7 === "gte")) || (data7 === "lt")) || (data7 === "lte")) || (data7 === "approx"))){
const err18 = {instancePath:instancePath+"/qualifiers/" + i1+"/code",schemaPath:"#/properties/qualifiers/items/properties/code/enum",keyword:"enum",params:{allowedValues: schema20.properties.qualifiers.items.properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/qualifiers/" + i1,schemaPath:"#/properties/qualifiers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/qualifiers",schemaPath:"#/properties/qualifiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}

export const catalogueBreakdowns = validate68;
const schema21 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-breakdowns.schema.json","title":"BreakdownCatalogue","description":"Breakdowns of a figure by category (pipeline/catalogue/breakdowns.json): each has a code list, and each category the words that name it in a text. A share figure of a breakdown gets the category named in its clause (before the number first: 'إسبانيا: 25%', 'قضايا المخدرات (38%)'; else after it: '38% منها تتعلق بالمخدرات'). Cue words are folded as in the indicators catalogue; a cue of several words matches consecutive words.","type":"object","additionalProperties":false,"required":["breakdowns"],"properties":{"breakdowns":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","label","description","code_list","categories"],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"code_list":{"type":"string","minLength":1,"description":"Where the codes come from (e.g. ISO 3166-1 alpha-2), or 'project' for a list of this project's."},"categories":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["code","label","cues"],"properties":{"code":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","maxLength":64},"label":{"$ref":"#/definitions/labels"},"cues":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},"description":"Folded words (or sequences of words separated by one space) that name the category; empty for a category no text names by itself ('other')."},"capitals":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},"description":"Folded names of a country's capital, as words after 'إلى' send what is counted to that country ('سلم المغرب إلى واشنطن شخصا واحدا': handed over by Morocco, not to it). They are not cues of the category: a capital names a place of action too ('في مدريد، …')."}}}}}}}},"definitions":{"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}}}};
const pattern9 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const pattern10 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
const pattern11 = new RegExp("^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$", "u");
const schema22 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ar === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.en === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fr === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "ar") || (key0 === "en")) || (key0 === "fr"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ar !== undefined){
let data0 = data.ar;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err4 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.en !== undefined){
let data1 = data.en;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err6 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fr !== undefined){
let data2 = data.fr;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-breakdowns.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.breakdowns === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "breakdowns"},message:"must have required property '"+"breakdowns"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "breakdowns")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.breakdowns !== undefined){
let data0 = data.breakdowns;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const prop0 of schema21.properties.breakdowns.items.required){
if(data1[prop0] === undefined){
const err2 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data1){
if(!(((((key1 === "id") || (key1 === "label")) || (key1 === "description")) || (key1 === "code_list")) || (key1 === "categories"))){
const err3 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func4(data2) > 64){
const err4 = {instancePath:instancePath+"/breakdowns/" + i0+"/id",schemaPath:"#/properties/breakdowns/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern9.test(data2)){
const err5 = {instancePath:instancePath+"/breakdowns/" + i0+"/id",schemaPath:"#/properties/breakdowns/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/breakdowns/" + i0+"/id",schemaPath:"#/properties/breakdowns/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.label !== undefined){
if(!(validate69(data1.label, {instancePath:instancePath+"/breakdowns/" + i0+"/label",parentData:data1,parentDataProperty:"label",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data1.description !== undefined){
let data4 = data1.description;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err7 = {instancePath:instancePath+"/breakdowns/" + i0+"/description",schemaPath:"#/properties/breakdowns/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/breakdowns/" + i0+"/description",schemaPath:"#/properties/breakdowns/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.code_list !== undefined){
let data5 = data1.code_list;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err9 = {instancePath:instancePath+"/breakdowns/" + i0+"/code_list",schemaPath:"#/properties/breakdowns/items/properties/code_list/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/breakdowns/" + i0+"/code_list",schemaPath:"#/properties/breakdowns/items/properties/code_list/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.categories !== undefined){
let data6 = data1.categories;
if(Array.isArray(data6)){
if(data6.length < 1){
const err11 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories",schemaPath:"#/properties/breakdowns/items/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.code === undefined){
const err12 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7.label === undefined){
const err13 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7.cues === undefined){
const err14 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/required",keyword:"required",params:{missingProperty: "cues"},message:"must have required property '"+"cues"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "code") || (key2 === "label")) || (key2 === "cues")) || (key2 === "capitals"))){
const err15 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.code !== undefined){
let data8 = data7.code;
if(typeof data8 === "string"){
if(func4(data8) > 64){
const err16 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/code",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/code/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern10.test(data8)){
const err17 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/code",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/code",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.label !== undefined){
if(!(validate69(data7.label, {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label",parentData:data7,parentDataProperty:"label",rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
if(data7.cues !== undefined){
let data10 = data7.cues;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(typeof data11 === "string"){
if(!pattern11.test(data11)){
const err19 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues/" + i2,schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues/" + i2,schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i3 = data10.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data10[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err22 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.capitals !== undefined){
let data12 = data7.capitals;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i4=0; i4<len3; i4++){
let data13 = data12[i4];
if(typeof data13 === "string"){
if(!pattern11.test(data13)){
const err23 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/capitals/" + i4,schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/capitals/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/capitals/" + i4,schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/capitals/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let i5 = data12.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data12[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err25 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/capitals",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/capitals/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err26 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/capitals",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/capitals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories",schemaPath:"#/properties/breakdowns/items/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/breakdowns",schemaPath:"#/properties/breakdowns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}

export const catalogueCorrections = validate72;
const schema23 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-corrections.schema.json","title":"CorrectionCatalogue","description":"Audited corrections of what a source says or of how the pipeline reads it (pipeline/catalogue/corrections.json). Each names a number of a source by its text exactly as written and its start offset (the mentions table's text and start); the run fails when the raw text at that offset no longer reads so. `npm run pipeline -- explain <source-id>` prints a ready-to-paste correction for every held-back number.","type":"object","additionalProperties":false,"required":["corrections"],"properties":{"corrections":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["source_id","text","start","reason"],"properties":{"source_id":{"type":"string","minLength":1},"text":{"type":"string","minLength":1,"description":"The number exactly as written (the mentions table's text)."},"start":{"type":"integer","minimum":0,"description":"Its start offset (the mentions table's start)."},"set":{"type":"object","additionalProperties":false,"minProperties":1,"description":"The fields to set: the figure's value or qualifier when the source is wrong; its indicator, category, period or base period when the pipeline reads it wrong (or cannot decide).","properties":{"indicator_id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"category":{"type":["string","null"],"pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$"},"base_period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$"},"value":{"type":"number"},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]}}},"withhold":{"const":true,"description":"The number is not a figure to publish (a misprint that cannot be corrected, a figure of something else): it is listed as ignored, with the reason."},"reason":{"type":"string","minLength":10,"description":"Why, with the evidence (another source, the institution's release)."}},"oneOf":[{"required":["set"]},{"required":["withhold"]}]}}}};
const pattern15 = new RegExp("^[0-9]{4}(-(H[12]|Q[1-4]))?$", "u");

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-corrections.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.corrections === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "corrections"},message:"must have required property '"+"corrections"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "corrections")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.corrections !== undefined){
let data0 = data.corrections;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid3 = false;
let passing0 = null;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.set === undefined){
const err2 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/oneOf/0/required",keyword:"required",params:{missingProperty: "set"},message:"must have required property '"+"set"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.withhold === undefined){
const err3 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/oneOf/1/required",keyword:"required",params:{missingProperty: "withhold"},message:"must have required property '"+"withhold"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err4 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const prop0 of schema23.properties.corrections.items.required){
if(data1[prop0] === undefined){
const err5 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key1 in data1){
if(!((((((key1 === "source_id") || (key1 === "text")) || (key1 === "start")) || (key1 === "set")) || (key1 === "withhold")) || (key1 === "reason"))){
const err6 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.source_id !== undefined){
let data2 = data1.source_id;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err7 = {instancePath:instancePath+"/corrections/" + i0+"/source_id",schemaPath:"#/properties/corrections/items/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/corrections/" + i0+"/source_id",schemaPath:"#/properties/corrections/items/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.text !== undefined){
let data3 = data1.text;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err9 = {instancePath:instancePath+"/corrections/" + i0+"/text",schemaPath:"#/properties/corrections/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/corrections/" + i0+"/text",schemaPath:"#/properties/corrections/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.start !== undefined){
let data4 = data1.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/corrections/" + i0+"/start",schemaPath:"#/properties/corrections/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/corrections/" + i0+"/start",schemaPath:"#/properties/corrections/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data1.set !== undefined){
let data5 = data1.set;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err13 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data5){
if(!((((((key2 === "indicator_id") || (key2 === "category")) || (key2 === "period")) || (key2 === "base_period")) || (key2 === "value")) || (key2 === "qualifier"))){
const err14 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.indicator_id !== undefined){
let data6 = data5.indicator_id;
if(typeof data6 === "string"){
if(!pattern9.test(data6)){
const err15 = {instancePath:instancePath+"/corrections/" + i0+"/set/indicator_id",schemaPath:"#/properties/corrections/items/properties/set/properties/indicator_id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/corrections/" + i0+"/set/indicator_id",schemaPath:"#/properties/corrections/items/properties/set/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.category !== undefined){
let data7 = data5.category;
if((typeof data7 !== "string") && (data7 !== null)){
const err17 = {instancePath:instancePath+"/corrections/" + i0+"/set/category",schemaPath:"#/properties/corrections/items/properties/set/properties/category/type",keyword:"type",params:{type: schema23.properties.corrections.items.properties.set.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err18 = {instancePath:instancePath+"/corrections/" + i0+"/set/category",schemaPath:"#/properties/corrections/items/properties/set/properties/category/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.period !== undefined){
let data8 = data5.period;
if(typeof data8 === "string"){
if(!pattern15.test(data8)){
const err19 = {instancePath:instancePath+"/corrections/" + i0+"/set/period",schemaPath:"#/properties/corrections/items/properties/set/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/corrections/" + i0+"/set/period",schemaPath:"#/properties/corrections/items/properties/set/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.base_period !== undefined){
let data9 = data5.base_period;
if((typeof data9 !== "string") && (data9 !== null)){
const err21 = {instancePath:instancePath+"/corrections/" + i0+"/set/base_period",schemaPath:"#/properties/corrections/items/properties/set/properties/base_period/type",keyword:"type",params:{type: schema23.properties.corrections.items.properties.set.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data9 === "string"){
if(!pattern15.test(data9)){
const err22 = {instancePath:instancePath+"/corrections/" + i0+"/set/base_period",schemaPath:"#/properties/corrections/items/properties/set/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data5.value !== undefined){
let data10 = data5.value;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err23 = {instancePath:instancePath+"/corrections/" + i0+"/set/value",schemaPath:"#/properties/corrections/items/properties/set/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.qualifier !== undefined){
let data11 = data5.qualifier;
if((typeof data11 !== "string") && (data11 !== null)){
const err24 = {instancePath:instancePath+"/corrections/" + i0+"/set/qualifier",schemaPath:"#/properties/corrections/items/properties/set/properties/qualifier/type",keyword:"type",params:{type: schema23.properties.corrections.items.properties.set.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((((data11 === "gt") || (data11 === "gte")) || (data11 === "lt")) || (data11 === "lte")) || (data11 === "approx")) || (data11 === null))){
const err25 = {instancePath:instancePath+"/corrections/" + i0+"/set/qualifier",schemaPath:"#/properties/corrections/items/properties/set/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema23.properties.corrections.items.properties.set.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data1.withhold !== undefined){
if(true !== data1.withhold){
const err27 = {instancePath:instancePath+"/corrections/" + i0+"/withhold",schemaPath:"#/properties/corrections/items/properties/withhold/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.reason !== undefined){
let data13 = data1.reason;
if(typeof data13 === "string"){
if(func4(data13) < 10){
const err28 = {instancePath:instancePath+"/corrections/" + i0+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/corrections/" + i0+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/corrections",schemaPath:"#/properties/corrections/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}

export const catalogueCruft = validate73;
const schema24 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-cruft.schema.json","title":"CruftRules","description":"Page cruft that ingest sets aside (pipeline/catalogue/cruft.json): lines of a retrieved web page that are not part of the article. Numbers on such lines are accounted for as cruft, never published as observations.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason"],"oneOf":[{"required":["line_equals"]},{"required":["line_pattern"]},{"required":["copy_then"]}],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"reason":{"type":"string","minLength":1,"description":"Why such a line is not part of the article."},"line_equals":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Whole lines (normalised, trimmed, without a closing colon or ellipsis) that are cruft."},"line_pattern":{"type":"string","format":"regex","description":"A regular expression (JavaScript, unicode flag) that a whole normalised, trimmed line must match."},"copy_then":{"type":"string","format":"regex","description":"A regular expression (JavaScript, unicode flag) that what follows a copy of another line of the text (of 20 characters or more) must match for the line to be cruft: the page's title as the browser shows it, the headline then the site's name ('حصيلة 2018.. أمن المغرب يعالج 4060 ملفا … | رصيف نيوز')."},"starts_block":{"type":"boolean","description":"The line heads a block of the page (a list of related articles, the latest news): the lines after it, up to the first empty line, are cruft too."},"closes_block":{"type":"boolean","description":"The line closes a block of the page that began after the last empty line above it (a reader's comment: its author, its words, then this line of reactions, 'أعجبني · رد · 3 أسابيع'): the lines above it, up to that empty line, are cruft too."},"ends_article":{"type":"boolean","description":"The line heads what the page puts after the article (the readers' comments): every line after it, to the end of the text, is cruft too."}}}}}};
const formats0 = formats.regex;

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-cruft.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rules === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "rules")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rules !== undefined){
let data0 = data.rules;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid3 = false;
let passing0 = null;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.line_equals === undefined){
const err2 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/0/required",keyword:"required",params:{missingProperty: "line_equals"},message:"must have required property '"+"line_equals"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.line_pattern === undefined){
const err3 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/1/required",keyword:"required",params:{missingProperty: "line_pattern"},message:"must have required property '"+"line_pattern"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.copy_then === undefined){
const err4 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf/2/required",keyword:"required",params:{missingProperty: "copy_then"},message:"must have required property '"+"copy_then"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid3 = true;
passing0 = 2;
}
}
}
if(!valid3){
const err5 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err6 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.reason === undefined){
const err7 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!((((((((key1 === "id") || (key1 === "reason")) || (key1 === "line_equals")) || (key1 === "line_pattern")) || (key1 === "copy_then")) || (key1 === "starts_block")) || (key1 === "closes_block")) || (key1 === "ends_article"))){
const err8 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err9 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.reason !== undefined){
let data3 = data1.reason;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err11 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.line_equals !== undefined){
let data4 = data1.line_equals;
if(Array.isArray(data4)){
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/rules/" + i0+"/line_equals",schemaPath:"#/properties/rules/items/properties/line_equals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err14 = {instancePath:instancePath+"/rules/" + i0+"/line_equals/" + i1,schemaPath:"#/properties/rules/items/properties/line_equals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/rules/" + i0+"/line_equals/" + i1,schemaPath:"#/properties/rules/items/properties/line_equals/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/rules/" + i0+"/line_equals",schemaPath:"#/properties/rules/items/properties/line_equals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.line_pattern !== undefined){
let data6 = data1.line_pattern;
if(typeof data6 === "string"){
if(!(formats0(data6))){
const err17 = {instancePath:instancePath+"/rules/" + i0+"/line_pattern",schemaPath:"#/properties/rules/items/properties/line_pattern/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/rules/" + i0+"/line_pattern",schemaPath:"#/properties/rules/items/properties/line_pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.copy_then !== undefined){
let data7 = data1.copy_then;
if(typeof data7 === "string"){
if(!(formats0(data7))){
const err19 = {instancePath:instancePath+"/rules/" + i0+"/copy_then",schemaPath:"#/properties/rules/items/properties/copy_then/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/rules/" + i0+"/copy_then",schemaPath:"#/properties/rules/items/properties/copy_then/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.starts_block !== undefined){
if(typeof data1.starts_block !== "boolean"){
const err21 = {instancePath:instancePath+"/rules/" + i0+"/starts_block",schemaPath:"#/properties/rules/items/properties/starts_block/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.closes_block !== undefined){
if(typeof data1.closes_block !== "boolean"){
const err22 = {instancePath:instancePath+"/rules/" + i0+"/closes_block",schemaPath:"#/properties/rules/items/properties/closes_block/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data1.ends_article !== undefined){
if(typeof data1.ends_article !== "boolean"){
const err23 = {instancePath:instancePath+"/rules/" + i0+"/ends_article",schemaPath:"#/properties/rules/items/properties/ends_article/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}

export const catalogueDataset = validate74;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-dataset.schema.json","title":"DatasetMetadata","description":"What the published data package says about itself (pipeline/catalogue/dataset.json): name, identifier, addresses, titles, licence and rights, contributors.","type":"object","additionalProperties":false,"required":["name","title","description","licence","rights","publisher","contributors","keywords","id","repository","homepage","file_stem","limits","spatial_coverage"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9._-]+$","description":"The package name (Frictionless: lower case, '.', '_' and '-')."},"id":{"type":"string","format":"uri","pattern":"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$","description":"The package's stable identifier (datapackage.json `id`), the same for every version: a urn:uuid: minted once for this dataset, or a DOI (https://doi.org/…) once one is registered. Never change it after a version is published: it is how catalogues recognise the dataset across versions and addresses."},"title":{"$ref":"#/definitions/trilingual"},"description":{"$ref":"#/definitions/trilingual"},"licence":{"type":"object","additionalProperties":false,"required":["name","title","path"],"properties":{"name":{"type":"string"},"title":{"type":"string"},"path":{"type":"string","format":"uri"}}},"rights":{"type":"object","additionalProperties":false,"required":["en","ar","fr"],"description":"What the licence does not cover: the quoted text of the sources (quotes, sentences, titles), reproduced as short quotations for citation, with their sources. Shown in datapackage.json, the JSON-LD, the data card and the page.","properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"publisher":{"type":"string","minLength":1,"description":"Who publishes the dataset (for citations)."},"contributors":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","roles"],"properties":{"title":{"type":"string"},"roles":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["creator","contact","rightsHolder","dataCurator","dataCollector","dataManager","distributor","editor","producer","projectLeader","projectMember","researcher","other"]}},"path":{"type":"string","format":"uri"},"email":{"type":"string","format":"email"},"organization":{"type":"string","minLength":1}}},"description":"Who made the package, with their roles (Data Package v2 `roles`, from the DataCite contributor types the standard recommends). The publisher (field `publisher`) is added to datapackage.json as a contributor with the role 'publisher'."},"keywords":{"type":"array","items":{"type":"string","minLength":1}},"homepage":{"type":["string","null"],"format":"uri","description":"Where the published output (the download page) lives, without a version: each version is at <homepage>/<version>/. null until it has a public address; the repository address, when known, is then the package's homepage."},"repository":{"type":["string","null"],"format":"uri","pattern":"^https://","description":"The public address of the project's source repository, set once here and used by the citation, datapackage.json, the JSON-LD and the page. null while the project has no public address: the citation then says the address is not known (never a guessed URL)."},"file_stem":{"type":"string","pattern":"^[a-z0-9-]+$","description":"Stem of the workbook's file name (<stem>-<version>.xlsx)."},"limits":{"type":"array","items":{"$ref":"#/definitions/trilingual"},"description":"Known limits of the data that do not depend on it, in the three languages of the data card: what a reader must know before using it. Sentences that depend on the data (how many sources, which periods, whether there is a series) are generated, never written here."},"spatial_coverage":{"type":"string","minLength":1,"description":"Where the figures apply (for dataset search engines)."}},"definitions":{"trilingual":{"type":"object","additionalProperties":false,"required":["en","ar","fr"],"properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}}}};
const pattern18 = new RegExp("^[a-z0-9._-]+$", "u");
const pattern19 = new RegExp("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$", "u");
const pattern20 = new RegExp("^https://", "u");
const pattern21 = new RegExp("^[a-z0-9-]+$", "u");
const formats4 = formats.uri;
const formats10 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const schema26 = {"type":"object","additionalProperties":false,"required":["en","ar","fr"],"properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.en === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ar === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fr === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "en") || (key0 === "ar")) || (key0 === "fr"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.en !== undefined){
let data0 = data.en;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err4 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ar !== undefined){
let data1 = data.ar;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err6 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fr !== undefined){
let data2 = data.fr;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-dataset.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema25.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema25.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern18.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9._-]+$"},message:"must match pattern \""+"^[a-z0-9._-]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern19.test(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$"},message:"must match pattern \""+"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats4(data1))){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
if(!(validate75(data.title, {instancePath:instancePath+"/title",parentData:data,parentDataProperty:"title",rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
if(!(validate75(data.description, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
if(data.licence !== undefined){
let data4 = data.licence;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err7 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.title === undefined){
const err8 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.path === undefined){
const err9 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "name") || (key1 === "title")) || (key1 === "path"))){
const err10 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err11 = {instancePath:instancePath+"/licence/name",schemaPath:"#/properties/licence/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.title !== undefined){
if(typeof data4.title !== "string"){
const err12 = {instancePath:instancePath+"/licence/title",schemaPath:"#/properties/licence/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.path !== undefined){
let data7 = data4.path;
if(typeof data7 === "string"){
if(!(formats4(data7))){
const err13 = {instancePath:instancePath+"/licence/path",schemaPath:"#/properties/licence/properties/path/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/licence/path",schemaPath:"#/properties/licence/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.rights !== undefined){
let data8 = data.rights;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.en === undefined){
const err16 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8.ar === undefined){
const err17 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.fr === undefined){
const err18 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "en") || (key2 === "ar")) || (key2 === "fr"))){
const err19 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.en !== undefined){
let data9 = data8.en;
if(typeof data9 === "string"){
if(func4(data9) < 1){
const err20 = {instancePath:instancePath+"/rights/en",schemaPath:"#/properties/rights/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/rights/en",schemaPath:"#/properties/rights/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.ar !== undefined){
let data10 = data8.ar;
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err22 = {instancePath:instancePath+"/rights/ar",schemaPath:"#/properties/rights/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/rights/ar",schemaPath:"#/properties/rights/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.fr !== undefined){
let data11 = data8.fr;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err24 = {instancePath:instancePath+"/rights/fr",schemaPath:"#/properties/rights/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/rights/fr",schemaPath:"#/properties/rights/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.publisher !== undefined){
let data12 = data.publisher;
if(typeof data12 === "string"){
if(func4(data12) < 1){
const err27 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.contributors !== undefined){
let data13 = data.contributors;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.title === undefined){
const err29 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data14.roles === undefined){
const err30 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data14){
if(!(((((key3 === "title") || (key3 === "roles")) || (key3 === "path")) || (key3 === "email")) || (key3 === "organization"))){
const err31 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.title !== undefined){
if(typeof data14.title !== "string"){
const err32 = {instancePath:instancePath+"/contributors/" + i0+"/title",schemaPath:"#/properties/contributors/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data14.roles !== undefined){
let data16 = data14.roles;
if(Array.isArray(data16)){
if(data16.length < 1){
const err33 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
let data17 = data16[i1];
if(typeof data17 !== "string"){
const err34 = {instancePath:instancePath+"/contributors/" + i0+"/roles/" + i1,schemaPath:"#/properties/contributors/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(((((((((((((data17 === "creator") || (data17 === "contact")) || (data17 === "rightsHolder")) || (data17 === "dataCurator")) || (data17 === "dataCollector")) || (data17 === "dataManager")) || (data17 === "distributor")) || (data17 === "editor")) || (data17 === "producer")) || (data17 === "projectLeader")) || (data17 === "projectMember")) || (data17 === "researcher")) || (data17 === "other"))){
const err35 = {instancePath:instancePath+"/contributors/" + i0+"/roles/" + i1,schemaPath:"#/properties/contributors/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema25.properties.contributors.items.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i2 = data16.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data16[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err36 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err37 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.path !== undefined){
let data18 = data14.path;
if(typeof data18 === "string"){
if(!(formats4(data18))){
const err38 = {instancePath:instancePath+"/contributors/" + i0+"/path",schemaPath:"#/properties/contributors/items/properties/path/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/contributors/" + i0+"/path",schemaPath:"#/properties/contributors/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data14.email !== undefined){
let data19 = data14.email;
if(typeof data19 === "string"){
if(!(formats10.test(data19))){
const err40 = {instancePath:instancePath+"/contributors/" + i0+"/email",schemaPath:"#/properties/contributors/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/contributors/" + i0+"/email",schemaPath:"#/properties/contributors/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.organization !== undefined){
let data20 = data14.organization;
if(typeof data20 === "string"){
if(func4(data20) < 1){
const err42 = {instancePath:instancePath+"/contributors/" + i0+"/organization",schemaPath:"#/properties/contributors/items/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/contributors/" + i0+"/organization",schemaPath:"#/properties/contributors/items/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/contributors",schemaPath:"#/properties/contributors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.keywords !== undefined){
let data21 = data.keywords;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i3=0; i3<len2; i3++){
let data22 = data21[i3];
if(typeof data22 === "string"){
if(func4(data22) < 1){
const err46 = {instancePath:instancePath+"/keywords/" + i3,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/keywords/" + i3,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.homepage !== undefined){
let data23 = data.homepage;
if((typeof data23 !== "string") && (data23 !== null)){
const err49 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/type",keyword:"type",params:{type: schema25.properties.homepage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(typeof data23 === "string"){
if(!(formats4(data23))){
const err50 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data.repository !== undefined){
let data24 = data.repository;
if((typeof data24 !== "string") && (data24 !== null)){
const err51 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: schema25.properties.repository.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(typeof data24 === "string"){
if(!pattern20.test(data24)){
const err52 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(formats4(data24))){
const err53 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data.file_stem !== undefined){
let data25 = data.file_stem;
if(typeof data25 === "string"){
if(!pattern21.test(data25)){
const err54 = {instancePath:instancePath+"/file_stem",schemaPath:"#/properties/file_stem/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/file_stem",schemaPath:"#/properties/file_stem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.limits !== undefined){
let data26 = data.limits;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i4=0; i4<len3; i4++){
if(!(validate75(data26[i4], {instancePath:instancePath+"/limits/" + i4,parentData:data26,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.spatial_coverage !== undefined){
let data28 = data.spatial_coverage;
if(typeof data28 === "string"){
if(func4(data28) < 1){
const err57 = {instancePath:instancePath+"/spatial_coverage",schemaPath:"#/properties/spatial_coverage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/spatial_coverage",schemaPath:"#/properties/spatial_coverage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}

export const catalogueDerivations = validate79;
const schema27 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-derivations.schema.json","title":"DerivationCatalogue","description":"Figures derived from the observations (pipeline/catalogue/derivations.json), each of a kind from a closed set, evaluated per period without eval. Inputs name indicators of the indicator catalogue or other derivations (evaluated first; a cycle is an error).","type":"object","additionalProperties":false,"required":["derivations"],"properties":{"derivations":{"type":"array","items":{"$ref":"#/definitions/derivation"}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"derivation":{"oneOf":[{"type":"object","additionalProperties":false,"description":"ratio: a / b. share: 100 × part / whole, in percent. difference: a − b.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"enum":["ratio","difference"]},"inputs":{"type":"object","additionalProperties":false,"required":["a","b"],"properties":{"a":{"$ref":"#/definitions/id"},"b":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"share"},"inputs":{"type":"object","additionalProperties":false,"required":["part","whole"],"properties":{"part":{"$ref":"#/definitions/id"},"whole":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"description":"implied_base: the value in the base year that a value and its percentage change imply, value / (1 + change / 100); its period is the change's base period.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"implied_base"},"inputs":{"type":"object","additionalProperties":false,"required":["value","change"],"properties":{"value":{"$ref":"#/definitions/id"},"change":{"$ref":"#/definitions/id"}}}}}]}}};
const schema28 = {"oneOf":[{"type":"object","additionalProperties":false,"description":"ratio: a / b. share: 100 × part / whole, in percent. difference: a − b.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"enum":["ratio","difference"]},"inputs":{"type":"object","additionalProperties":false,"required":["a","b"],"properties":{"a":{"$ref":"#/definitions/id"},"b":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"share"},"inputs":{"type":"object","additionalProperties":false,"required":["part","whole"],"properties":{"part":{"$ref":"#/definitions/id"},"whole":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"description":"implied_base: the value in the base year that a value and its percentage change imply, value / (1 + change / 100); its period is the change's base period.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"implied_base"},"inputs":{"type":"object","additionalProperties":false,"required":["value","change"],"properties":{"value":{"$ref":"#/definitions/id"},"change":{"$ref":"#/definitions/id"}}}}}]};
const schema29 = {"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func4(data) > 64){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern9.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ar === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.en === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fr === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "ar") || (key0 === "en")) || (key0 === "fr"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ar !== undefined){
let data0 = data.ar;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err4 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.en !== undefined){
let data1 = data.en;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err6 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fr !== undefined){
let data2 = data.fr;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}


function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema28.oneOf[0].required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "label")) || (key0 === "description")) || (key0 === "unit")) || (key0 === "kind")) || (key0 === "inputs"))){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate81(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.label !== undefined){
if(!(validate83(data.label, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/0/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.unit !== undefined){
let data3 = data.unit;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err4 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/0/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/0/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data4 = data.kind;
if(!((data4 === "ratio") || (data4 === "difference"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/enum",keyword:"enum",params:{allowedValues: schema28.oneOf[0].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.inputs !== undefined){
let data5 = data.inputs;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.a === undefined){
const err7 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data5.b === undefined){
const err8 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "a") || (key1 === "b"))){
const err9 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.a !== undefined){
if(!(validate81(data5.a, {instancePath:instancePath+"/inputs/a",parentData:data5,parentDataProperty:"a",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data5.b !== undefined){
if(!(validate81(data5.b, {instancePath:instancePath+"/inputs/b",parentData:data5,parentDataProperty:"b",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop1 of schema28.oneOf[1].required){
if(data[prop1] === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: prop1},message:"must have required property '"+prop1+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data){
if(!((((((key2 === "id") || (key2 === "label")) || (key2 === "description")) || (key2 === "unit")) || (key2 === "kind")) || (key2 === "inputs"))){
const err13 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate81(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.label !== undefined){
if(!(validate83(data.label, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data10 = data.description;
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/1/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.unit !== undefined){
let data11 = data.unit;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err16 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/1/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/1/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.kind !== undefined){
if("share" !== data.kind){
const err18 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "share"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.inputs !== undefined){
let data13 = data.inputs;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.part === undefined){
const err19 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/required",keyword:"required",params:{missingProperty: "part"},message:"must have required property '"+"part"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data13.whole === undefined){
const err20 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/required",keyword:"required",params:{missingProperty: "whole"},message:"must have required property '"+"whole"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "part") || (key3 === "whole"))){
const err21 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data13.part !== undefined){
if(!(validate81(data13.part, {instancePath:instancePath+"/inputs/part",parentData:data13,parentDataProperty:"part",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data13.whole !== undefined){
if(!(validate81(data13.whole, {instancePath:instancePath+"/inputs/whole",parentData:data13,parentDataProperty:"whole",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop2 of schema28.oneOf[2].required){
if(data[prop2] === undefined){
const err24 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: prop2},message:"must have required property '"+prop2+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key4 in data){
if(!((((((key4 === "id") || (key4 === "label")) || (key4 === "description")) || (key4 === "unit")) || (key4 === "kind")) || (key4 === "inputs"))){
const err25 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate81(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.label !== undefined){
if(!(validate83(data.label, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data18 = data.description;
if(typeof data18 === "string"){
if(func4(data18) < 1){
const err26 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/2/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.unit !== undefined){
let data19 = data.unit;
if(typeof data19 === "string"){
if(func4(data19) < 1){
const err28 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/2/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/2/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.kind !== undefined){
if("implied_base" !== data.kind){
const err30 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "implied_base"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.inputs !== undefined){
let data21 = data.inputs;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.value === undefined){
const err31 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data21.change === undefined){
const err32 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key5 in data21){
if(!((key5 === "value") || (key5 === "change"))){
const err33 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data21.value !== undefined){
if(!(validate81(data21.value, {instancePath:instancePath+"/inputs/value",parentData:data21,parentDataProperty:"value",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data21.change !== undefined){
if(!(validate81(data21.change, {instancePath:instancePath+"/inputs/change",parentData:data21,parentDataProperty:"change",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
}
}
if(!valid0){
const err36 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate80.errors = vErrors;
return errors === 0;
}


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-derivations.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.derivations === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derivations"},message:"must have required property '"+"derivations"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "derivations")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.derivations !== undefined){
let data0 = data.derivations;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate80(data0[i0], {instancePath:instancePath+"/derivations/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/derivations",schemaPath:"#/properties/derivations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}

export const catalogueIgnore = validate96;
const schema31 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-ignore.schema.json","title":"IgnoreRules","description":"Numbers that are not figures to publish, each rule with a written reason (pipeline/catalogue/ignore.json). A number matching every condition of a rule is accounted for as ignored.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason"],"anyOf":[{"required":["followed_by"]},{"required":["preceded_by"]},{"required":["followed_by_definite"]},{"required":["on_chart_axis"]},{"required":["in_markup"]},{"required":["in_reference_brackets"]},{"required":["qualified_at_clause_end"]}],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"reason":{"type":"string","minLength":1},"kinds":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["number","percent"]},"description":"Kinds of mention the rule applies to (all when absent)."},"followed_by":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Folded words without clitics, one of which is the first word after the number."},"preceded_by":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Folded words without clitics, one of which is the last word before the number."},"value_between":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2,"description":"[lowest, highest]: the number's value must lie in this range (inclusive)."},"followed_by_definite":{"type":"boolean","const":true,"description":"true: the first word after the number carries the article ('واحد الملفات'): no numeral counts a definite noun after it."},"definite":{"type":"boolean","const":true,"description":"true: the number agrees with a definite noun before it, written with the article ('الأشهر التسعة') or followed by a definite word ('الأشهر 9 الأولى'): in 'خلال هذه الأشهر ثمانية رعايا' the numeral counts the noun after it."},"in_markup":{"type":"boolean","const":true,"description":"true: the number stands inside a tag of the page's markup ('<h1>', '<th width=\"60%\">', an image's address; pipeline/arabic/markup.ts), not in the article's text."},"in_reference_brackets":{"type":"boolean","const":true,"description":"true: the number stands in square brackets after a name and a colon, alone or as a range or list ('[المائدة: 2]', '[قريش: 3-4]', '[ص: 12، 14]'): a reference to a verse, a page or a passage, not a figure."},"on_chart_axis":{"type":"boolean","const":true,"description":"true: the number is a tick of a chart's axis copied as text, one of at least four round numbers evenly spaced, one to a line or in one row ('7000⏎6000⏎…⏎0', '0 | 50 | 100 | 150'; pipeline/text/axis-ticks.ts)."},"not_after_demonstrative":{"type":"boolean","const":true,"description":"true: the word before the number does not follow a demonstrative (grammar-words demonstratives): 'خلال هذا الفصل 1240 ملفا' is this quarter's count, not a law's chapter 1240."},"qualified_at_clause_end":{"type":"boolean","const":true,"description":"true: only a number with a qualifier of its own and no word after it in its clause ('أي أقل من الخمس.', 'نحو العشر،'): a definite 'خمس' counting nothing after a qualifier is a fraction, a fifth."},"unqualified":{"type":"boolean","description":"true: only a number without a qualifier of its own ('الأشهر التسعة', never 'الأشهر نحو تسعة'): 'فستة شهور تقريبا ربعة آلاف ملف' is no span of months."},"withdraws":{"type":"boolean","const":true,"description":"true: the number is the wrong figure a correction denies ('هي 18 في المائة وليس 8 في المائة'): its value, of the indicator of the figure of its kind right before it in its sentence, is withdrawn wherever the text prints it (pipeline/extract/retracted.ts)."},"written":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Folded words without clitics, one of which the number is written as (a dual: 'سنتين')."}}}}}};
const pattern24 = new RegExp("^[\\u0621-\\u064A]+$", "u");

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-ignore.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rules === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "rules")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rules !== undefined){
let data0 = data.rules;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs6 = errors;
let valid3 = false;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.followed_by === undefined){
const err2 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf/0/required",keyword:"required",params:{missingProperty: "followed_by"},message:"must have required property '"+"followed_by"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.preceded_by === undefined){
const err3 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf/1/required",keyword:"required",params:{missingProperty: "preceded_by"},message:"must have required property '"+"preceded_by"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.followed_by_definite === undefined){
const err4 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf/2/required",keyword:"required",params:{missingProperty: "followed_by_definite"},message:"must have required property '"+"followed_by_definite"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.on_chart_axis === undefined){
const err5 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf/3/required",keyword:"required",params:{missingProperty: "on_chart_axis"},message:"must have required property '"+"on_chart_axis"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs11 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.in_markup === undefined){
const err6 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf/4/required",keyword:"required",params:{missingProperty: "in_markup"},message:"must have required property '"+"in_markup"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs12 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.in_reference_brackets === undefined){
const err7 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf/5/required",keyword:"required",params:{missingProperty: "in_reference_brackets"},message:"must have required property '"+"in_reference_brackets"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs13 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.qualified_at_clause_end === undefined){
const err8 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf/6/required",keyword:"required",params:{missingProperty: "qualified_at_clause_end"},message:"must have required property '"+"qualified_at_clause_end"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
}
}
}
}
}
}
if(!valid3){
const err9 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err10 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.reason === undefined){
const err11 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data1){
if(!(func2.call(schema31.properties.rules.items.properties, key1))){
const err12 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err13 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.reason !== undefined){
let data3 = data1.reason;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err15 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.kinds !== undefined){
let data4 = data1.kinds;
if(Array.isArray(data4)){
if(data4.length < 1){
const err17 = {instancePath:instancePath+"/rules/" + i0+"/kinds",schemaPath:"#/properties/rules/items/properties/kinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/rules/" + i0+"/kinds/" + i1,schemaPath:"#/properties/rules/items/properties/kinds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data5 === "number") || (data5 === "percent"))){
const err19 = {instancePath:instancePath+"/rules/" + i0+"/kinds/" + i1,schemaPath:"#/properties/rules/items/properties/kinds/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.items.properties.kinds.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i2 = data4.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data4[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err20 = {instancePath:instancePath+"/rules/" + i0+"/kinds",schemaPath:"#/properties/rules/items/properties/kinds/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err21 = {instancePath:instancePath+"/rules/" + i0+"/kinds",schemaPath:"#/properties/rules/items/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.followed_by !== undefined){
let data6 = data1.followed_by;
if(Array.isArray(data6)){
if(data6.length < 1){
const err22 = {instancePath:instancePath+"/rules/" + i0+"/followed_by",schemaPath:"#/properties/rules/items/properties/followed_by/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len2 = data6.length;
for(let i3=0; i3<len2; i3++){
let data7 = data6[i3];
if(typeof data7 === "string"){
if(!pattern24.test(data7)){
const err23 = {instancePath:instancePath+"/rules/" + i0+"/followed_by/" + i3,schemaPath:"#/properties/rules/items/properties/followed_by/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/rules/" + i0+"/followed_by/" + i3,schemaPath:"#/properties/rules/items/properties/followed_by/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/rules/" + i0+"/followed_by",schemaPath:"#/properties/rules/items/properties/followed_by/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.preceded_by !== undefined){
let data8 = data1.preceded_by;
if(Array.isArray(data8)){
if(data8.length < 1){
const err26 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by",schemaPath:"#/properties/rules/items/properties/preceded_by/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len3 = data8.length;
for(let i4=0; i4<len3; i4++){
let data9 = data8[i4];
if(typeof data9 === "string"){
if(!pattern24.test(data9)){
const err27 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by/" + i4,schemaPath:"#/properties/rules/items/properties/preceded_by/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by/" + i4,schemaPath:"#/properties/rules/items/properties/preceded_by/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by",schemaPath:"#/properties/rules/items/properties/preceded_by/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.value_between !== undefined){
let data10 = data1.value_between;
if(Array.isArray(data10)){
if(data10.length > 2){
const err30 = {instancePath:instancePath+"/rules/" + i0+"/value_between",schemaPath:"#/properties/rules/items/properties/value_between/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.length < 2){
const err31 = {instancePath:instancePath+"/rules/" + i0+"/value_between",schemaPath:"#/properties/rules/items/properties/value_between/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len4 = data10.length;
for(let i5=0; i5<len4; i5++){
let data11 = data10[i5];
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err32 = {instancePath:instancePath+"/rules/" + i0+"/value_between/" + i5,schemaPath:"#/properties/rules/items/properties/value_between/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/rules/" + i0+"/value_between",schemaPath:"#/properties/rules/items/properties/value_between/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data1.followed_by_definite !== undefined){
let data12 = data1.followed_by_definite;
if(typeof data12 !== "boolean"){
const err34 = {instancePath:instancePath+"/rules/" + i0+"/followed_by_definite",schemaPath:"#/properties/rules/items/properties/followed_by_definite/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(true !== data12){
const err35 = {instancePath:instancePath+"/rules/" + i0+"/followed_by_definite",schemaPath:"#/properties/rules/items/properties/followed_by_definite/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data1.definite !== undefined){
let data13 = data1.definite;
if(typeof data13 !== "boolean"){
const err36 = {instancePath:instancePath+"/rules/" + i0+"/definite",schemaPath:"#/properties/rules/items/properties/definite/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(true !== data13){
const err37 = {instancePath:instancePath+"/rules/" + i0+"/definite",schemaPath:"#/properties/rules/items/properties/definite/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data1.in_markup !== undefined){
let data14 = data1.in_markup;
if(typeof data14 !== "boolean"){
const err38 = {instancePath:instancePath+"/rules/" + i0+"/in_markup",schemaPath:"#/properties/rules/items/properties/in_markup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(true !== data14){
const err39 = {instancePath:instancePath+"/rules/" + i0+"/in_markup",schemaPath:"#/properties/rules/items/properties/in_markup/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data1.in_reference_brackets !== undefined){
let data15 = data1.in_reference_brackets;
if(typeof data15 !== "boolean"){
const err40 = {instancePath:instancePath+"/rules/" + i0+"/in_reference_brackets",schemaPath:"#/properties/rules/items/properties/in_reference_brackets/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(true !== data15){
const err41 = {instancePath:instancePath+"/rules/" + i0+"/in_reference_brackets",schemaPath:"#/properties/rules/items/properties/in_reference_brackets/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data1.on_chart_axis !== undefined){
let data16 = data1.on_chart_axis;
if(typeof data16 !== "boolean"){
const err42 = {instancePath:instancePath+"/rules/" + i0+"/on_chart_axis",schemaPath:"#/properties/rules/items/properties/on_chart_axis/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(true !== data16){
const err43 = {instancePath:instancePath+"/rules/" + i0+"/on_chart_axis",schemaPath:"#/properties/rules/items/properties/on_chart_axis/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data1.not_after_demonstrative !== undefined){
let data17 = data1.not_after_demonstrative;
if(typeof data17 !== "boolean"){
const err44 = {instancePath:instancePath+"/rules/" + i0+"/not_after_demonstrative",schemaPath:"#/properties/rules/items/properties/not_after_demonstrative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(true !== data17){
const err45 = {instancePath:instancePath+"/rules/" + i0+"/not_after_demonstrative",schemaPath:"#/properties/rules/items/properties/not_after_demonstrative/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data1.qualified_at_clause_end !== undefined){
let data18 = data1.qualified_at_clause_end;
if(typeof data18 !== "boolean"){
const err46 = {instancePath:instancePath+"/rules/" + i0+"/qualified_at_clause_end",schemaPath:"#/properties/rules/items/properties/qualified_at_clause_end/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(true !== data18){
const err47 = {instancePath:instancePath+"/rules/" + i0+"/qualified_at_clause_end",schemaPath:"#/properties/rules/items/properties/qualified_at_clause_end/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data1.unqualified !== undefined){
if(typeof data1.unqualified !== "boolean"){
const err48 = {instancePath:instancePath+"/rules/" + i0+"/unqualified",schemaPath:"#/properties/rules/items/properties/unqualified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data1.withdraws !== undefined){
let data20 = data1.withdraws;
if(typeof data20 !== "boolean"){
const err49 = {instancePath:instancePath+"/rules/" + i0+"/withdraws",schemaPath:"#/properties/rules/items/properties/withdraws/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(true !== data20){
const err50 = {instancePath:instancePath+"/rules/" + i0+"/withdraws",schemaPath:"#/properties/rules/items/properties/withdraws/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data1.written !== undefined){
let data21 = data1.written;
if(Array.isArray(data21)){
if(data21.length < 1){
const err51 = {instancePath:instancePath+"/rules/" + i0+"/written",schemaPath:"#/properties/rules/items/properties/written/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len5 = data21.length;
for(let i6=0; i6<len5; i6++){
let data22 = data21[i6];
if(typeof data22 === "string"){
if(!pattern24.test(data22)){
const err52 = {instancePath:instancePath+"/rules/" + i0+"/written/" + i6,schemaPath:"#/properties/rules/items/properties/written/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/rules/" + i0+"/written/" + i6,schemaPath:"#/properties/rules/items/properties/written/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/rules/" + i0+"/written",schemaPath:"#/properties/rules/items/properties/written/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}

export const catalogueIndicators = validate97;
const schema32 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-indicators.schema.json","title":"IndicatorCatalogue","description":"The indicators the pipeline publishes and the cues that map a number in a text to one of them (pipeline/catalogue/indicators.json). Cue words are written normalised and folded (no diacritics or tatweel; أ/إ/آ as ا, ة as ه, ى as ي) and without clitics (و، ف، ب، ل، ك، ال); pipeline/extract/cue-affixes.json lists the prefixes and endings a word of the text may add.","type":"object","additionalProperties":false,"required":["indicators","change_words"],"properties":{"indicators":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/indicator"}},"change_words":{"type":"object","description":"Words announcing a change (زيادة، ارتفاع، انخفاض …): before a percentage in its clause, they make it a percentage change and give its sign.","additionalProperties":false,"required":["increase","decrease"],"properties":{"increase":{"$ref":"#/definitions/words"},"decrease":{"$ref":"#/definitions/words"}}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"word":{"type":"string","pattern":"^[\\u0621-\\u064A]+$","description":"One folded Arabic word without clitics."},"words":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}},"wordGroups":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/words"},"description":"Each item is a list of alternative words; every item must have one of its words in the scope."},"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"pattern":{"type":"object","additionalProperties":false,"minProperties":1,"description":"One way a text states a figure of this indicator. All of a pattern's conditions must hold; the indicator whose matching pattern has the most conditions wins, and two indicators tied at the top are an ambiguity (the figure is held back). A number's clause runs from the last clause mark (، ؛ ; , -) or number before it to the first clause mark or number after it, within its sentence.","properties":{"counted":{"$ref":"#/definitions/words","description":"Counts only. The counted noun: the first word after the number (past من), the dual noun itself ('عمليتين'), or, when no noun follows, the noun the clause names before it ('بلغ عدد الإنابات 143')."},"not_counted":{"$ref":"#/definitions/words","description":"Counts only. Forms of the counted noun that name a part of what the indicator counts, not all of it: 'استفادت 35 شرطية من دورات تكوينية' (policewomen) is no count of the police staff trained, though 'شرطي' is."},"qualified_by":{"$ref":"#/definitions/words","description":"Counts only. The word right after the counted noun, its adjective: 'مواطنا مغربيا' (مغربي) against 'مواطنا أجنبيا' (اجنبي); with genitive, the adjective after the genitive."},"genitive":{"$ref":"#/definitions/words","description":"Counts only. The noun right after the counted noun, in a construct with it ('مذكرة بحث دولية': بحث); qualified_by is then the adjective after that noun, of the whole construct (دولية: an international search warrant, not a search notice of the international cooperation's clause). The construct names the thing itself, so it counts as two conditions: it ties a pattern of three context words anywhere in the clause, and the tie is held back, unless the other pattern takes the construct's own genitive for one of its words ('39 مذكرة توقيف دولية' against a cancellation's توقيف … دولية … بحث): then the construct wins (patterns.ts decide)."},"not_qualified_by":{"$ref":"#/definitions/words","description":"Counts only. Words the adjective right after the counted noun must not be: 'مواطنا أجنبيا' is no count of persons extradited to Morocco."},"not_sent_abroad":{"type":"boolean","description":"Counts only. The pattern does not hold when the number's clause sends what it counts to a foreign country ('تسليم 210 أشخاص إلى إسبانيا', a partner_country category after 'إلى'): no handing over to Morocco."},"context":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the number's clause."},"topic":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence, from its start to the end of the number's clause ('... تكوين 1200 شرطي، 70% منها حضوريا')."},"earlier":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence before the number ('وبخصوص السيارات المسروقة، ... عالجت المصالح 205 ملفات'): a topic the sentence opened with, not one it turns to after the number."},"exclude":{"$ref":"#/definitions/words","description":"Words that must not be in the number's clause."},"exclude_topic":{"$ref":"#/definitions/words","description":"Words that must not be in the number's clause nor before it on its line, in its sentence: a list of shares whose first item says what they are shares of ('وتصدرت إسبانيا قائمة البلدان المستضيفة (24 في المائة من الدورات المنظمة بالخارج)، تليها فرنسا (21 في المائة)': shares of training courses, not of exchanges)."}}},"indicator":{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1,"description":"What is counted, in English, precisely enough to compare sources."},"unit":{"type":"string","minLength":1,"description":"The unit of the value: a counted noun in English ('files'), or 'percent'."},"kind":{"type":"string","enum":["count","percent_change","share"],"description":"count: a number of things in the period; percent_change: the change of a count against a base period, in percent; share: a part of a whole, in percent (by category when the indicator has a breakdown)."},"change_of":{"$ref":"#/definitions/id","description":"For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in its clause (or in the previous change of its sentence), the count it follows in the sentence (or the noun the sentence names) is of this indicator, and a base period follows it."},"part_of":{"$ref":"#/definitions/id","description":"A count indicator this one is a part of: its value may not be larger (checked by validate across sources and periods)."},"breakdown":{"$ref":"#/definitions/id","description":"For a share: the breakdown (pipeline/catalogue/breakdowns.json) whose categories it is given by; a figure then needs one category named in its clause."},"range":{"type":"object","additionalProperties":false,"description":"Plausible values; a value outside is held back before it is compared with the other figures of its indicator and period (a count of the whole year's arrests, read as the wanted persons arrested, holds back itself only).","properties":{"min":{"type":"number"},"max":{"type":"number"}}},"parts_by":{"type":"string","description":"The id of a breakdown (breakdowns.json) whose categories are kinds of what this indicator counts ('ملفات المخدرات', 'قضايا الهجرة'): a count of this indicator whose clause names exactly one category of it ('وتتصدر قضايا المخدرات بـ1055 ملفا', 'أي 1055 ملفا' after 'يتعلق ملف من كل ثلاثة بالمخدرات') is that category's count, not the count the indicator tracks, and is held back."},"one_partner_is_part":{"type":"boolean","description":"Whether a count of this indicator whose clause names one partner (a partner_country category, or a partner body of grammar-words partner_bodies: 'دورات نظمتها وكالات أمريكية', 'في إطار برنامج الشراكة مع الاتحاد الأوروبي') is that partner's part of the count, not the count the indicator tracks, and a count of persons from partner countries ('64 إطارا أمنيا من مالي والنيجر') is not of the DGSN's own: both are held back. For counts of the DGSN's own people reported by partner, as training is."},"cues":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/pattern"},"description":"The patterns by which a number is recognised as this indicator (counts and shares)."}},"allOf":[{"if":{"properties":{"kind":{"const":"percent_change"}}},"then":{"required":["change_of"],"properties":{"cues":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"count"}}},"then":{"required":["cues"],"properties":{"change_of":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"share"}}},"then":{"properties":{"change_of":false,"part_of":false}}}]}}};
const schema33 = {"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1,"description":"What is counted, in English, precisely enough to compare sources."},"unit":{"type":"string","minLength":1,"description":"The unit of the value: a counted noun in English ('files'), or 'percent'."},"kind":{"type":"string","enum":["count","percent_change","share"],"description":"count: a number of things in the period; percent_change: the change of a count against a base period, in percent; share: a part of a whole, in percent (by category when the indicator has a breakdown)."},"change_of":{"$ref":"#/definitions/id","description":"For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in its clause (or in the previous change of its sentence), the count it follows in the sentence (or the noun the sentence names) is of this indicator, and a base period follows it."},"part_of":{"$ref":"#/definitions/id","description":"A count indicator this one is a part of: its value may not be larger (checked by validate across sources and periods)."},"breakdown":{"$ref":"#/definitions/id","description":"For a share: the breakdown (pipeline/catalogue/breakdowns.json) whose categories it is given by; a figure then needs one category named in its clause."},"range":{"type":"object","additionalProperties":false,"description":"Plausible values; a value outside is held back before it is compared with the other figures of its indicator and period (a count of the whole year's arrests, read as the wanted persons arrested, holds back itself only).","properties":{"min":{"type":"number"},"max":{"type":"number"}}},"parts_by":{"type":"string","description":"The id of a breakdown (breakdowns.json) whose categories are kinds of what this indicator counts ('ملفات المخدرات', 'قضايا الهجرة'): a count of this indicator whose clause names exactly one category of it ('وتتصدر قضايا المخدرات بـ1055 ملفا', 'أي 1055 ملفا' after 'يتعلق ملف من كل ثلاثة بالمخدرات') is that category's count, not the count the indicator tracks, and is held back."},"one_partner_is_part":{"type":"boolean","description":"Whether a count of this indicator whose clause names one partner (a partner_country category, or a partner body of grammar-words partner_bodies: 'دورات نظمتها وكالات أمريكية', 'في إطار برنامج الشراكة مع الاتحاد الأوروبي') is that partner's part of the count, not the count the indicator tracks, and a count of persons from partner countries ('64 إطارا أمنيا من مالي والنيجر') is not of the DGSN's own: both are held back. For counts of the DGSN's own people reported by partner, as training is."},"cues":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/pattern"},"description":"The patterns by which a number is recognised as this indicator (counts and shares)."}},"allOf":[{"if":{"properties":{"kind":{"const":"percent_change"}}},"then":{"required":["change_of"],"properties":{"cues":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"count"}}},"then":{"required":["cues"],"properties":{"change_of":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"share"}}},"then":{"properties":{"change_of":false,"part_of":false}}}]};
const schema34 = {"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func4(data) > 64){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern9.test(data)){
const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ar === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.en === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fr === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "ar") || (key0 === "en")) || (key0 === "fr"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ar !== undefined){
let data0 = data.ar;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err4 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.en !== undefined){
let data1 = data.en;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err6 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fr !== undefined){
let data2 = data.fr;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}

const schema36 = {"type":"object","additionalProperties":false,"minProperties":1,"description":"One way a text states a figure of this indicator. All of a pattern's conditions must hold; the indicator whose matching pattern has the most conditions wins, and two indicators tied at the top are an ambiguity (the figure is held back). A number's clause runs from the last clause mark (، ؛ ; , -) or number before it to the first clause mark or number after it, within its sentence.","properties":{"counted":{"$ref":"#/definitions/words","description":"Counts only. The counted noun: the first word after the number (past من), the dual noun itself ('عمليتين'), or, when no noun follows, the noun the clause names before it ('بلغ عدد الإنابات 143')."},"not_counted":{"$ref":"#/definitions/words","description":"Counts only. Forms of the counted noun that name a part of what the indicator counts, not all of it: 'استفادت 35 شرطية من دورات تكوينية' (policewomen) is no count of the police staff trained, though 'شرطي' is."},"qualified_by":{"$ref":"#/definitions/words","description":"Counts only. The word right after the counted noun, its adjective: 'مواطنا مغربيا' (مغربي) against 'مواطنا أجنبيا' (اجنبي); with genitive, the adjective after the genitive."},"genitive":{"$ref":"#/definitions/words","description":"Counts only. The noun right after the counted noun, in a construct with it ('مذكرة بحث دولية': بحث); qualified_by is then the adjective after that noun, of the whole construct (دولية: an international search warrant, not a search notice of the international cooperation's clause). The construct names the thing itself, so it counts as two conditions: it ties a pattern of three context words anywhere in the clause, and the tie is held back, unless the other pattern takes the construct's own genitive for one of its words ('39 مذكرة توقيف دولية' against a cancellation's توقيف … دولية … بحث): then the construct wins (patterns.ts decide)."},"not_qualified_by":{"$ref":"#/definitions/words","description":"Counts only. Words the adjective right after the counted noun must not be: 'مواطنا أجنبيا' is no count of persons extradited to Morocco."},"not_sent_abroad":{"type":"boolean","description":"Counts only. The pattern does not hold when the number's clause sends what it counts to a foreign country ('تسليم 210 أشخاص إلى إسبانيا', a partner_country category after 'إلى'): no handing over to Morocco."},"context":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the number's clause."},"topic":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence, from its start to the end of the number's clause ('... تكوين 1200 شرطي، 70% منها حضوريا')."},"earlier":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence before the number ('وبخصوص السيارات المسروقة، ... عالجت المصالح 205 ملفات'): a topic the sentence opened with, not one it turns to after the number."},"exclude":{"$ref":"#/definitions/words","description":"Words that must not be in the number's clause."},"exclude_topic":{"$ref":"#/definitions/words","description":"Words that must not be in the number's clause nor before it on its line, in its sentence: a list of shares whose first item says what they are shares of ('وتصدرت إسبانيا قائمة البلدان المستضيفة (24 في المائة من الدورات المنظمة بالخارج)، تليها فرنسا (21 في المائة)': shares of training courses, not of exchanges)."}}};
const schema37 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}};
const schema38 = {"type":"string","pattern":"^[\\u0621-\\u064A]+$","description":"One folded Arabic word without clitics."};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern24.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}


function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate108(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err1 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"array","minItems":1,"items":{"$ref":"#/definitions/words"},"description":"Each item is a list of alternative words; every item must have one of its words in the scope."};

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate107(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate115.errors = vErrors;
return errors === 0;
}


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema36.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.counted !== undefined){
if(!(validate107(data.counted, {instancePath:instancePath+"/counted",parentData:data,parentDataProperty:"counted",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.not_counted !== undefined){
if(!(validate107(data.not_counted, {instancePath:instancePath+"/not_counted",parentData:data,parentDataProperty:"not_counted",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.qualified_by !== undefined){
if(!(validate107(data.qualified_by, {instancePath:instancePath+"/qualified_by",parentData:data,parentDataProperty:"qualified_by",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.genitive !== undefined){
if(!(validate107(data.genitive, {instancePath:instancePath+"/genitive",parentData:data,parentDataProperty:"genitive",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.not_qualified_by !== undefined){
if(!(validate107(data.not_qualified_by, {instancePath:instancePath+"/not_qualified_by",parentData:data,parentDataProperty:"not_qualified_by",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.not_sent_abroad !== undefined){
if(typeof data.not_sent_abroad !== "boolean"){
const err2 = {instancePath:instancePath+"/not_sent_abroad",schemaPath:"#/properties/not_sent_abroad/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.context !== undefined){
if(!(validate115(data.context, {instancePath:instancePath+"/context",parentData:data,parentDataProperty:"context",rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
}
if(data.topic !== undefined){
if(!(validate115(data.topic, {instancePath:instancePath+"/topic",parentData:data,parentDataProperty:"topic",rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
}
if(data.earlier !== undefined){
if(!(validate115(data.earlier, {instancePath:instancePath+"/earlier",parentData:data,parentDataProperty:"earlier",rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
}
if(data.exclude !== undefined){
if(!(validate107(data.exclude, {instancePath:instancePath+"/exclude",parentData:data,parentDataProperty:"exclude",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data.exclude_topic !== undefined){
if(!(validate107(data.exclude_topic, {instancePath:instancePath+"/exclude_topic",parentData:data,parentDataProperty:"exclude_topic",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}


function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("percent_change" !== data.kind){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.change_of === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "change_of"},message:"must have required property '"+"change_of"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cues !== undefined){
const err2 = {instancePath:instancePath+"/cues",schemaPath:"#/allOf/0/then/properties/cues/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.breakdown !== undefined){
const err3 = {instancePath:instancePath+"/breakdown",schemaPath:"#/allOf/0/then/properties/breakdown/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs7 = errors;
let valid4 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("count" !== data.kind){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cues === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "cues"},message:"must have required property '"+"cues"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.change_of !== undefined){
const err7 = {instancePath:instancePath+"/change_of",schemaPath:"#/allOf/1/then/properties/change_of/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.breakdown !== undefined){
const err8 = {instancePath:instancePath+"/breakdown",schemaPath:"#/allOf/1/then/properties/breakdown/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid4 = _valid1;
}
if(!valid4){
const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs12 = errors;
let valid7 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("share" !== data.kind){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.change_of !== undefined){
const err11 = {instancePath:instancePath+"/change_of",schemaPath:"#/allOf/2/then/properties/change_of/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.part_of !== undefined){
const err12 = {instancePath:instancePath+"/part_of",schemaPath:"#/allOf/2/then/properties/part_of/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
valid7 = _valid2;
}
if(!valid7){
const err13 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema33.required){
if(data[prop0] === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema33.properties, key0))){
const err15 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate99(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
if(data.label !== undefined){
if(!(validate101(data.label, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data11 = data.description;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.unit !== undefined){
let data12 = data.unit;
if(typeof data12 === "string"){
if(func4(data12) < 1){
const err18 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.kind !== undefined){
let data13 = data.kind;
if(typeof data13 !== "string"){
const err20 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data13 === "count") || (data13 === "percent_change")) || (data13 === "share"))){
const err21 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema33.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.change_of !== undefined){
if(!(validate99(data.change_of, {instancePath:instancePath+"/change_of",parentData:data,parentDataProperty:"change_of",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
if(data.part_of !== undefined){
if(!(validate99(data.part_of, {instancePath:instancePath+"/part_of",parentData:data,parentDataProperty:"part_of",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
if(data.breakdown !== undefined){
if(!(validate99(data.breakdown, {instancePath:instancePath+"/breakdown",parentData:data,parentDataProperty:"breakdown",rootData}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
if(data.range !== undefined){
let data17 = data.range;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key1 in data17){
if(!((key1 === "min") || (key1 === "max"))){
const err22 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data17.min !== undefined){
let data18 = data17.min;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err23 = {instancePath:instancePath+"/range/min",schemaPath:"#/properties/range/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.max !== undefined){
let data19 = data17.max;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err24 = {instancePath:instancePath+"/range/max",schemaPath:"#/properties/range/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.parts_by !== undefined){
if(typeof data.parts_by !== "string"){
const err26 = {instancePath:instancePath+"/parts_by",schemaPath:"#/properties/parts_by/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.one_partner_is_part !== undefined){
if(typeof data.one_partner_is_part !== "boolean"){
const err27 = {instancePath:instancePath+"/one_partner_is_part",schemaPath:"#/properties/one_partner_is_part/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.cues !== undefined){
let data22 = data.cues;
if(Array.isArray(data22)){
if(data22.length < 1){
const err28 = {instancePath:instancePath+"/cues",schemaPath:"#/properties/cues/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
if(!(validate106(data22[i0], {instancePath:instancePath+"/cues/" + i0,parentData:data22,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/cues",schemaPath:"#/properties/cues/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-indicators.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.indicators === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicators"},message:"must have required property '"+"indicators"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.change_words === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change_words"},message:"must have required property '"+"change_words"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "indicators") || (key0 === "change_words"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.indicators !== undefined){
let data0 = data.indicators;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate98(data0[i0], {instancePath:instancePath+"/indicators/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.change_words !== undefined){
let data2 = data.change_words;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.increase === undefined){
const err5 = {instancePath:instancePath+"/change_words",schemaPath:"#/properties/change_words/required",keyword:"required",params:{missingProperty: "increase"},message:"must have required property '"+"increase"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.decrease === undefined){
const err6 = {instancePath:instancePath+"/change_words",schemaPath:"#/properties/change_words/required",keyword:"required",params:{missingProperty: "decrease"},message:"must have required property '"+"decrease"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "increase") || (key1 === "decrease"))){
const err7 = {instancePath:instancePath+"/change_words",schemaPath:"#/properties/change_words/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.increase !== undefined){
if(!(validate107(data2.increase, {instancePath:instancePath+"/change_words/increase",parentData:data2,parentDataProperty:"increase",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
if(data2.decrease !== undefined){
if(!(validate107(data2.decrease, {instancePath:instancePath+"/change_words/decrease",parentData:data2,parentDataProperty:"decrease",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/change_words",schemaPath:"#/properties/change_words/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}

export const cataloguePeriods = validate126;
const schema40 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-periods.schema.json","title":"PeriodPhrases","description":"How a text names a period other than its reference period (pipeline/catalogue/periods.json). Words are folded as in the indicators catalogue; a phrase is a list of consecutive words, each given with its alternatives.","type":"object","additionalProperties":false,"required":["previous_year","ongoing_year_words","preceding_words","before_it","current_period","previous_part","report_months","same_period","parts","spans","comparisons","closing_comparisons","implicit_base","shorter_spans","year_to_date","until_day","same_year","that_period","following_year","part_of_it","several_years","record_words","whole_year","whole_year_ending_clause","month_ranges","quarterly_report_quarters","years_ago","in_parentheses","each_year","part_abbreviations","after_words","whole_year_after","according_to","event_years","elapsing_words"],"properties":{"previous_year":{"$ref":"#/definitions/phrases","description":"The year before: in a comparison ('مقابل 41 السنة الماضية', 'مقارنة بالعام الماضي'), the year before the figure's period (in a half-year or quarter report, the same part of that year); elsewhere, the year before the text's publication date, which must then be known."},"preceding_words":{"$ref":"#/definitions/words","description":"Words that make a previous_year phrase the year before the one the text is about, not the year before it was written ('قفزة السنة السابقة', 'السنة التي قبلها', 'قبل عام': a year before the period, not the last calendar year): read as in a comparison, whatever the publication date."},"before_it":{"$ref":"#/definitions/words","description":"'Before it' ('السنة التي قبلها', 'العام الذي سبقه'): said of a count compared with another, the year before that count's period ('هي 2020: 3950 ملفا مقابل 4480 في السنة التي قبلها' is 2019 in a text on 2024)."},"previous_part":{"$ref":"#/definitions/phrases","description":"The part of a year just before the period ('مقارنة بالأشهر الستة التي سبقتها' in a half-year report: the half before it; the quarter before in a quarterly one). Named in a report on a whole year, the period is unclear."},"ongoing_year_words":{"$ref":"#/definitions/words","description":"Adjectives that make a current-period phrase the ongoing year ('السنة الجارية', 'العام الحالي'), the year of writing: in a text published after its own year it is not the text's year, and a figure of it is held back."},"current_period":{"$ref":"#/definitions/phrases","description":"The reference period itself ('السنة الجارية', 'هذه السنة')."},"same_period":{"$ref":"#/definitions/phrases","description":"'the same period (of)': with a year or the previous year, the same part of that year ('نفس الفترة من السنة الماضية')."},"parts":{"type":"object","additionalProperties":false,"propertyNames":{"pattern":"^(H[12]|Q[1-4])$"},"patternProperties":{"^(H[12]|Q[1-4])$":{"$ref":"#/definitions/phrases"}},"description":"Phrases naming a part of a year, keyed by the part's code in a period ('H1': 'النصف الأول', 'الأشهر الستة الأولى'; 'Q1': 'الربع الأول', 'الأشهر الثلاثة الأولى'). With a year they name that part of it; alone, that part of the reference year."},"spans":{"$ref":"#/definitions/phrases","description":"Words that make a figure span several periods when a year follows them ('منذ 2015', 'إلى غاية'): its period is unclear and it is held back."},"report_months":{"type":"object","additionalProperties":false,"required":["H","Q","Y","why"],"description":"The months of the report's own length, said without which they are ('خلال الأشهر الثلاثة' in a report on a quarter, 'الأشهر الستة' in one on a half-year, 'الأشهر الاثني عشر' in a yearly one): the reference period.","properties":{"H":{"$ref":"#/definitions/phrasesWithNumbers"},"Q":{"$ref":"#/definitions/phrasesWithNumbers"},"Y":{"$ref":"#/definitions/phrasesWithNumbers"},"why":{"type":"string"}}},"quarterly_report_quarters":{"type":"object","additionalProperties":false,"required":["Q1","Q2","Q3","Q4","why"],"description":"Phrases that name a quarter only in a report on a quarter or a half-year ('الفصل الثالث').","properties":{"Q1":{"$ref":"#/definitions/phrases"},"Q2":{"$ref":"#/definitions/phrases"},"Q3":{"$ref":"#/definitions/phrases"},"Q4":{"$ref":"#/definitions/phrases"},"why":{"type":"string"}}},"month_ranges":{"type":"object","additionalProperties":false,"required":["months","from","to","end_of","why"],"description":"Spans of months that are a half-year or a quarter (pipeline/extract/month-ranges.ts).","properties":{"months":{"type":"array","minItems":12,"maxItems":12,"items":{"$ref":"#/definitions/words"},"description":"The spellings of each month's name, January first (folded, without clitics)."},"from":{"$ref":"#/definitions/words","description":"Words opening a span before its first month ('من', 'بين')."},"to":{"$ref":"#/definitions/words","description":"Words between a span's first and last months ('إلى', 'و', 'حتى')."},"end_of":{"$ref":"#/definitions/words","description":"Words before a month that make the span run from January to its end ('عند نهاية يونيو')."},"why":{"type":"string"}}},"whole_year":{"$ref":"#/definitions/phrases","description":"Words making a year the whole year, before it ('طيلة سنة 2024', 'على مدى عام 2024') or after it ('سنة 2024 كاملة'; Moroccan Arabic 'العام كامل'), or a yearly report's adjective ('في حصيلتها السنوية برسم سنة 2024'): in a half-year or quarter report such a year is the whole year, not the report's part of it; and 'طيلة سنة 2024' spans one period, not several."},"whole_year_ending_clause":{"$ref":"#/definitions/phrases","description":"Words that make a count of a half-year or quarter report the whole year's when they end its clause ('أي 131 موقوفا في السنة، من بينهم …'), and only then: 'في السنة الموالية' and 'في السنة الماضية' name other years. In a yearly report they are a rate's 'per year' and say nothing of the period ('قبل عقد من الزمن، … 2150 ملفا في السنة')."},"event_years":{"type":"array","description":"Years the press names by what happened in them ('سنة الجائحة' is 2020): a year noun followed by one of the words, with the article, is that year. A year named by another event ('سنة الجائحة' is known, 'عام الزلزال' is not) leaves the period unclear, and the figure is held back.","items":{"type":"object","additionalProperties":false,"required":["words","year","why"],"properties":{"words":{"$ref":"#/definitions/words","description":"The event's nouns, folded, without the article."},"year":{"type":"integer","minimum":1900,"maximum":2100},"why":{"type":"string","minLength":10}}}},"elapsing_words":{"$ref":"#/definitions/words","description":"Words of 'the past year' that also name the year just ending ('السنة المنصرمة'): outside a comparison, in the yearly results published before their year was out (on 30 December), they may be that very year or the one before, and the figure is held back."},"according_to":{"$ref":"#/definitions/words","description":"'According to' a few words before a phrase of the whole year ('وحسب معطيات الحصيلة السنوية، فقد تابع … 84 إنابة … خلال الفترة الممتدة من فاتح يوليوز إلى 31 دجنبر 2024'): the phrase names the document the figures come from, not their period."},"whole_year_after":{"$ref":"#/definitions/words","description":"Words right after a year that make it the whole year: a relative clause about the year itself ('بعد سنة 2014 التي عالج فيها القطب ما مجموعه 2640 ملفا'), in a report on a part of another year."},"after_words":{"$ref":"#/definitions/words","description":"'After' before a year ('فبعد سنة 2020 التي قلصت فيها الجائحة …، عاد القطب ليعالج 4677 ملفا'): the figure is of a later period, not of that year: the reference period when it is the year after, otherwise unclear. In a comparison ('بعد سنة 2023 التي سجلت 2312 مذكرة') the year is the compared count's."},"part_abbreviations":{"type":"object","additionalProperties":false,"propertyNames":{"pattern":"^(H[12]|Q[1-4])$"},"patternProperties":{"^(H[12]|Q[1-4])$":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^\\S+$"}}},"description":"How a page abbreviates a part of a year beside its year ('ن2 2022', 'S1 2024', 'T3 2023'), as written (Arabic-Indic digits are read as digits): a table's header cell so written makes its column that part of the year, and a year so written in prose ('3 690 ملفا في S1-2025', '2023/T3'; joined by a space, a hyphen, an underscore or a slash) is that part (pipeline/extract/part-abbreviations.ts)."},"each_year":{"$ref":"#/definitions/phrases","description":"'Each year' ('كل سنة') after a phrase naming a part of the year: 'عدد الملفات في الأشهر الستة الأولى من كل سنة انتقل من 2240 ملفا سنة 2021 إلى …' makes a bare year of the sentence that part of it (each-year.ts)."},"in_parentheses":{"$ref":"#/definitions/phrases","description":"'In parentheses' ('بين قوسين', 'داخل الأقواس'): a sentence saying it and naming one period other than the reference is a legend; a number opening a parenthesis right after a figure, later in the text, is that figure's indicator in the legend's period ('الإنابات القضائية الدولية: 84 (78)' after 'مع أرقام النصف الأول من 2024 بين قوسين')."},"years_ago":{"type":"object","additionalProperties":false,"required":["before","over","within","one_year","half_year","between_halves","units","duals","numbers","longest_change_span","why"],"description":"A year counted back from the reference year ('قبل ثلاث سنوات' in the 2025 results is 2022; the word before the count, the plural nouns of a year, the duals ('سنتين'), and the folded number words with their value (digits are read as digits).","properties":{"before":{"$ref":"#/definitions/words"},"over":{"$ref":"#/definitions/words","description":"Words before a span of years over which a change is measured ('في ظرف سنتين', 'خلال عامين', 'في ثلاث سنوات', 'على مدى السنوات الثلاث الأخيرة'): a percentage change in such a clause is against the same period that many years before its own (change-span.ts), up to longest_change_span years; a count there stays held back (several_years)."},"within":{"$ref":"#/definitions/words","description":"Words after which a bare year noun, without its article, is a span of one year ('في ظرف سنة', 'في غضون عام', 'خلال عام'; not 'في سنة 2023', nor 'خلال السنة'): a change there is against the same period a year earlier."},"half_year":{"$ref":"#/definitions/phrases","description":"Half a year as a span ('نصف سنة'): after a word of 'over', a change in a half-year report is against the half before ('زيادة بـ10 في المائة في ظرف نصف سنة' in the 2022-H2 results is against 2022-H1); in a report on a year or a quarter it is held back."},"between_halves":{"$ref":"#/definitions/phrases","description":"The two halves of a year, compared ('بين النصفين', 'بين نصفي السنة'): a change in a half-year report is against the half before, as after 'half_year'; in a report on a year or a quarter it is held back."},"one_year":{"$ref":"#/definitions/phrases","description":"One year as a span ('سنة واحدة'): after a word of 'over', a change is against the same period a year before its own ('بـ14% في سنة واحدة'), whatever the sentence compared before."},"units":{"$ref":"#/definitions/words"},"duals":{"$ref":"#/definitions/words"},"longest_change_span":{"type":"integer","minimum":2,"maximum":10,"description":"The longest span of years a change is read over ('بـ28 في المائة في ثلاث سنوات' in the 2026-H1 results is against 2023-H1). Longer spans ('في ظرف تسع سنوات') are counted both ways by writers (2016–2024 or 2015–2024), so a change over one is held back."},"numbers":{"type":"object","additionalProperties":{"type":"integer","minimum":2,"maximum":10},"propertyNames":{"pattern":"^[\\u0621-\\u064A]+$"}},"why":{"type":"string"}}},"record_words":{"$ref":"#/definitions/words","description":"Superlatives of a record ('أعلى رقم في السنوات الأخيرة', 'الرقم القياسي'): a span of several years a few words after one is the record's, not the figure's; a period or a count a few words after one is no change's base."},"several_years":{"$ref":"#/definitions/phrases","description":"Words naming a span of several years without its years ('خلال خمس سنوات', 'في ظرف سنتين', 'على مدى عقد', 'في بداية الألفية', 'في التسعينات'): a figure of such a clause (a total or an average over the span) is no figure of one period and is held back."},"comparisons":{"$ref":"#/definitions/phrases","description":"Words that make a clause a comparison with an earlier period ('مقابل', 'مقارنة', 'قياسا')."},"closing_comparisons":{"$ref":"#/definitions/phrases","description":"Words opening a clause that ends a sentence by saying what its changes compare ('وبذلك تكون الأوامر قد تراجعت بنحو 20 في المائة، والموقوفون بنحو 16 في المائة، إذا ما قورنت سنة الجائحة بسنة 2018'): the last year named in that clause is the base of every change of the sentence before it that names none of its own. Opening a sentence ('وإذا قارناها مع 2020، فإن الزيادة تفوق 40 في المائة'; in Darija 'وإلى قارناها مع 2020'), the first year it names is the base of the sentence's changes that name none (pipeline/extract/closing-comparison.ts)."},"implicit_base":{"type":"object","additionalProperties":false,"required":["previous_year","why","not_with","year_on_year","earlier_levels"],"description":"What a change that names no base period compares with ('بزيادة 29 في المائة').","properties":{"previous_year":{"type":"boolean","description":"true: the same period a year earlier, as results reports compare; false: such a change is held back."},"why":{"type":"string","minLength":10},"year_on_year":{"$ref":"#/definitions/words","description":"Words making a change year on year ('زيادة سنوية'): against the same period a year earlier, also in a sentence that compares across a span of years ('ارتفع بنحو 19 في المائة في ظرف سنتين، في حين … زيادة سنوية لا تتعدى 8 في المائة')."},"not_with":{"$ref":"#/definitions/words","description":"Words of a span of several years ('تسع سنوات', 'عقد'): in a sentence with one, a change may compare across them, so no base is implied and such a change, or the earlier end of one, is held back."},"earlier_levels":{"$ref":"#/definitions/phrases","description":"Phrases naming an earlier level without its period ('تجاوز مستواه السابق بنحو 29 في المائة', 'مستويات ما قبل الجائحة'): the change compares with that level, not with the year before, so no base is implied and it is held back (folded, clitics allowed)."}}},"shorter_spans":{"type":"object","additionalProperties":false,"required":["months","phrases","rates","release_verbs","why"],"description":"Spans shorter than any period the dataset publishes, and rates: a figure whose clause names one is held back.","properties":{"months":{"$ref":"#/definitions/phrases","description":"Month names (both the Maghreb's and the Mashreq's): a span unless right after a day's number."},"phrases":{"$ref":"#/definitions/phrases","description":"Words of months and weeks ('شهر', 'أسابيع'); right before a part's phrase they name the months it spans ('الأشهر الممتدة من يناير إلى يونيو')."},"rates":{"$ref":"#/definitions/phrases","description":"Words of rates ('يوميا', 'كل شهر', 'في اليوم'): a rate, also right before a part's phrase ('بمعدل 16 ملفا في اليوم خلال الفصل الثاني')."},"release_verbs":{"$ref":"#/definitions/words","description":"Verbs of releasing a report: a span a few words after one ('الحصيلة التي عممتها المديرية هذا الأسبوع') dates the release, not the figure."},"why":{"type":"string","minLength":1}}},"year_to_date":{"$ref":"#/definitions/phrases","description":"'Since (the start of) January / of the year' ('منذ مطلع يناير', 'منذ بداية السنة'): January to the end of the reference period, when that is a period (in a report on a second quarter, the first half); otherwise (to the end of a third quarter) the period is unclear."},"until_day":{"$ref":"#/definitions/phrases","description":"'Until' before a day and a month, or a month's end, with no start named ('وحتى 30 أبريل، كان العدد التراكمي … قد بلغ 36 شخصا', 'وإلى غاية متم شتنبر'): a running total of the year up to that day; unless the day ends the reference period, the count is no period's figure (pipeline/extract/until-day.ts)."},"that_period":{"$ref":"#/definitions/phrases","description":"'That period' ('تلك الفترة', 'تلك المرحلة'): the period the text last named outside a comparison, with the part of the year named right before its year ('إذا عدنا إلى النصف الثاني من سنة 2020 … فبحسب أرقام تلك الفترة' is 2020-H2; topic-years.ts). In a report on a part of a year, a year named alone leaves it unclear."},"same_year":{"$ref":"#/definitions/phrases","description":"'The same year' ('السنة ذاتها', 'نفس السنة'): the year the text last named outside a comparison (pipeline/extract/topic-years.ts), else the reference period."},"part_of_it":{"$ref":"#/definitions/phrases","description":"Words right after a part of a year that refer it to the year the sentence named before ('مقابل 36 أمرا خلال النصف الأول من 2018 و41 خلال النصف الثاني منها': the second half of 2018)."},"following_year":{"$ref":"#/definitions/phrases","description":"'The following year' ('السنة الموالية', 'العام الذي تلاه'): the year after the one the text last named outside a comparison; held back when it named none."}},"definitions":{"phrases":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"}},"description":"A phrase: consecutive words, each a list of alternatives."}},"phrasesWithNumbers":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^([\\u0621-\\u064A]+|[0-9]+)$"}},"description":"A phrase whose words may be a number in digits ('3 أشهر'): consecutive words, each a list of alternatives."}},"words":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}}}};
const schema41 = {"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"}},"description":"A phrase: consecutive words, each a list of alternatives."}};

function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len1 = data0.length;
for(let i1=0; i1<len1; i1++){
let data1 = data0[i1];
if(Array.isArray(data1)){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len2 = data1.length;
for(let i2=0; i2<len2; i2++){
let data2 = data1[i2];
if(typeof data2 === "string"){
if(!pattern24.test(data2)){
const err3 = {instancePath:instancePath+"/" + i0+"/" + i1+"/" + i2,schemaPath:"#/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0+"/" + i1+"/" + i2,schemaPath:"#/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i3 = data1.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data1[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate127.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate129.errors = vErrors;
return errors === 0;
}

const schema43 = {"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^([\\u0621-\\u064A]+|[0-9]+)$"}},"description":"A phrase whose words may be a number in digits ('3 أشهر'): consecutive words, each a list of alternatives."}};
const pattern33 = new RegExp("^([\\u0621-\\u064A]+|[0-9]+)$", "u");

function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len1 = data0.length;
for(let i1=0; i1<len1; i1++){
let data1 = data0[i1];
if(Array.isArray(data1)){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len2 = data1.length;
for(let i2=0; i2<len2; i2++){
let data2 = data1[i2];
if(typeof data2 === "string"){
if(!pattern33.test(data2)){
const err3 = {instancePath:instancePath+"/" + i0+"/" + i1+"/" + i2,schemaPath:"#/items/items/items/pattern",keyword:"pattern",params:{pattern: "^([\\u0621-\\u064A]+|[0-9]+)$"},message:"must match pattern \""+"^([\\u0621-\\u064A]+|[0-9]+)$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0+"/" + i1+"/" + i2,schemaPath:"#/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i3 = data1.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data1[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate138.errors = vErrors;
return errors === 0;
}

const pattern30 = new RegExp("^(H[12]|Q[1-4])$", "u");
const pattern37 = new RegExp("^\\S+$", "u");

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-periods.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema40.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema40.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.previous_year !== undefined){
if(!(validate127(data.previous_year, {instancePath:instancePath+"/previous_year",parentData:data,parentDataProperty:"previous_year",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.preceding_words !== undefined){
if(!(validate129(data.preceding_words, {instancePath:instancePath+"/preceding_words",parentData:data,parentDataProperty:"preceding_words",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.before_it !== undefined){
if(!(validate129(data.before_it, {instancePath:instancePath+"/before_it",parentData:data,parentDataProperty:"before_it",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.previous_part !== undefined){
if(!(validate127(data.previous_part, {instancePath:instancePath+"/previous_part",parentData:data,parentDataProperty:"previous_part",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.ongoing_year_words !== undefined){
if(!(validate129(data.ongoing_year_words, {instancePath:instancePath+"/ongoing_year_words",parentData:data,parentDataProperty:"ongoing_year_words",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.current_period !== undefined){
if(!(validate127(data.current_period, {instancePath:instancePath+"/current_period",parentData:data,parentDataProperty:"current_period",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.same_period !== undefined){
if(!(validate127(data.same_period, {instancePath:instancePath+"/same_period",parentData:data,parentDataProperty:"same_period",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.parts !== undefined){
let data7 = data.parts;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs11 = errors;
if(typeof key1 === "string"){
if(!pattern30.test(key1)){
const err2 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(H[12]|Q[1-4])$"},message:"must match pattern \""+"^(H[12]|Q[1-4])$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid1 = _errs11 === errors;
if(!valid1){
const err3 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key2 in data7){
if(!(pattern30.test(key2))){
const err4 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key3 in data7){
if(pattern30.test(key3)){
if(!(validate127(data7[key3], {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.spans !== undefined){
if(!(validate127(data.spans, {instancePath:instancePath+"/spans",parentData:data,parentDataProperty:"spans",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.report_months !== undefined){
let data10 = data.report_months;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const prop1 of schema40.properties.report_months.required){
if(data10[prop1] === undefined){
const err6 = {instancePath:instancePath+"/report_months",schemaPath:"#/properties/report_months/required",keyword:"required",params:{missingProperty: prop1},message:"must have required property '"+prop1+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key4 in data10){
if(!((((key4 === "H") || (key4 === "Q")) || (key4 === "Y")) || (key4 === "why"))){
const err7 = {instancePath:instancePath+"/report_months",schemaPath:"#/properties/report_months/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data10.H !== undefined){
if(!(validate138(data10.H, {instancePath:instancePath+"/report_months/H",parentData:data10,parentDataProperty:"H",rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data10.Q !== undefined){
if(!(validate138(data10.Q, {instancePath:instancePath+"/report_months/Q",parentData:data10,parentDataProperty:"Q",rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data10.Y !== undefined){
if(!(validate138(data10.Y, {instancePath:instancePath+"/report_months/Y",parentData:data10,parentDataProperty:"Y",rootData}))){
vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
errors = vErrors.length;
}
}
if(data10.why !== undefined){
if(typeof data10.why !== "string"){
const err8 = {instancePath:instancePath+"/report_months/why",schemaPath:"#/properties/report_months/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/report_months",schemaPath:"#/properties/report_months/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.quarterly_report_quarters !== undefined){
let data15 = data.quarterly_report_quarters;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const prop2 of schema40.properties.quarterly_report_quarters.required){
if(data15[prop2] === undefined){
const err10 = {instancePath:instancePath+"/quarterly_report_quarters",schemaPath:"#/properties/quarterly_report_quarters/required",keyword:"required",params:{missingProperty: prop2},message:"must have required property '"+prop2+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key5 in data15){
if(!(((((key5 === "Q1") || (key5 === "Q2")) || (key5 === "Q3")) || (key5 === "Q4")) || (key5 === "why"))){
const err11 = {instancePath:instancePath+"/quarterly_report_quarters",schemaPath:"#/properties/quarterly_report_quarters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data15.Q1 !== undefined){
if(!(validate127(data15.Q1, {instancePath:instancePath+"/quarterly_report_quarters/Q1",parentData:data15,parentDataProperty:"Q1",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data15.Q2 !== undefined){
if(!(validate127(data15.Q2, {instancePath:instancePath+"/quarterly_report_quarters/Q2",parentData:data15,parentDataProperty:"Q2",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data15.Q3 !== undefined){
if(!(validate127(data15.Q3, {instancePath:instancePath+"/quarterly_report_quarters/Q3",parentData:data15,parentDataProperty:"Q3",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data15.Q4 !== undefined){
if(!(validate127(data15.Q4, {instancePath:instancePath+"/quarterly_report_quarters/Q4",parentData:data15,parentDataProperty:"Q4",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data15.why !== undefined){
if(typeof data15.why !== "string"){
const err12 = {instancePath:instancePath+"/quarterly_report_quarters/why",schemaPath:"#/properties/quarterly_report_quarters/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/quarterly_report_quarters",schemaPath:"#/properties/quarterly_report_quarters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.month_ranges !== undefined){
let data21 = data.month_ranges;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const prop3 of schema40.properties.month_ranges.required){
if(data21[prop3] === undefined){
const err14 = {instancePath:instancePath+"/month_ranges",schemaPath:"#/properties/month_ranges/required",keyword:"required",params:{missingProperty: prop3},message:"must have required property '"+prop3+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key6 in data21){
if(!(((((key6 === "months") || (key6 === "from")) || (key6 === "to")) || (key6 === "end_of")) || (key6 === "why"))){
const err15 = {instancePath:instancePath+"/month_ranges",schemaPath:"#/properties/month_ranges/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data21.months !== undefined){
let data22 = data21.months;
if(Array.isArray(data22)){
if(data22.length > 12){
const err16 = {instancePath:instancePath+"/month_ranges/months",schemaPath:"#/properties/month_ranges/properties/months/maxItems",keyword:"maxItems",params:{limit: 12},message:"must NOT have more than 12 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data22.length < 12){
const err17 = {instancePath:instancePath+"/month_ranges/months",schemaPath:"#/properties/month_ranges/properties/months/minItems",keyword:"minItems",params:{limit: 12},message:"must NOT have fewer than 12 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
if(!(validate129(data22[i0], {instancePath:instancePath+"/month_ranges/months/" + i0,parentData:data22,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/month_ranges/months",schemaPath:"#/properties/month_ranges/properties/months/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data21.from !== undefined){
if(!(validate129(data21.from, {instancePath:instancePath+"/month_ranges/from",parentData:data21,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data21.to !== undefined){
if(!(validate129(data21.to, {instancePath:instancePath+"/month_ranges/to",parentData:data21,parentDataProperty:"to",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data21.end_of !== undefined){
if(!(validate129(data21.end_of, {instancePath:instancePath+"/month_ranges/end_of",parentData:data21,parentDataProperty:"end_of",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data21.why !== undefined){
if(typeof data21.why !== "string"){
const err19 = {instancePath:instancePath+"/month_ranges/why",schemaPath:"#/properties/month_ranges/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/month_ranges",schemaPath:"#/properties/month_ranges/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.whole_year !== undefined){
if(!(validate127(data.whole_year, {instancePath:instancePath+"/whole_year",parentData:data,parentDataProperty:"whole_year",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.whole_year_ending_clause !== undefined){
if(!(validate127(data.whole_year_ending_clause, {instancePath:instancePath+"/whole_year_ending_clause",parentData:data,parentDataProperty:"whole_year_ending_clause",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.event_years !== undefined){
let data30 = data.event_years;
if(Array.isArray(data30)){
const len1 = data30.length;
for(let i1=0; i1<len1; i1++){
let data31 = data30[i1];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.words === undefined){
const err21 = {instancePath:instancePath+"/event_years/" + i1,schemaPath:"#/properties/event_years/items/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data31.year === undefined){
const err22 = {instancePath:instancePath+"/event_years/" + i1,schemaPath:"#/properties/event_years/items/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data31.why === undefined){
const err23 = {instancePath:instancePath+"/event_years/" + i1,schemaPath:"#/properties/event_years/items/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key7 in data31){
if(!(((key7 === "words") || (key7 === "year")) || (key7 === "why"))){
const err24 = {instancePath:instancePath+"/event_years/" + i1,schemaPath:"#/properties/event_years/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data31.words !== undefined){
if(!(validate129(data31.words, {instancePath:instancePath+"/event_years/" + i1+"/words",parentData:data31,parentDataProperty:"words",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data31.year !== undefined){
let data33 = data31.year;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err25 = {instancePath:instancePath+"/event_years/" + i1+"/year",schemaPath:"#/properties/event_years/items/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 2100 || isNaN(data33)){
const err26 = {instancePath:instancePath+"/event_years/" + i1+"/year",schemaPath:"#/properties/event_years/items/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data33 < 1900 || isNaN(data33)){
const err27 = {instancePath:instancePath+"/event_years/" + i1+"/year",schemaPath:"#/properties/event_years/items/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data31.why !== undefined){
let data34 = data31.why;
if(typeof data34 === "string"){
if(func4(data34) < 10){
const err28 = {instancePath:instancePath+"/event_years/" + i1+"/why",schemaPath:"#/properties/event_years/items/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/event_years/" + i1+"/why",schemaPath:"#/properties/event_years/items/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/event_years/" + i1,schemaPath:"#/properties/event_years/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/event_years",schemaPath:"#/properties/event_years/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.elapsing_words !== undefined){
if(!(validate129(data.elapsing_words, {instancePath:instancePath+"/elapsing_words",parentData:data,parentDataProperty:"elapsing_words",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.according_to !== undefined){
if(!(validate129(data.according_to, {instancePath:instancePath+"/according_to",parentData:data,parentDataProperty:"according_to",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.whole_year_after !== undefined){
if(!(validate129(data.whole_year_after, {instancePath:instancePath+"/whole_year_after",parentData:data,parentDataProperty:"whole_year_after",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.after_words !== undefined){
if(!(validate129(data.after_words, {instancePath:instancePath+"/after_words",parentData:data,parentDataProperty:"after_words",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.part_abbreviations !== undefined){
let data39 = data.part_abbreviations;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key8 in data39){
const _errs61 = errors;
if(typeof key8 === "string"){
if(!pattern30.test(key8)){
const err32 = {instancePath:instancePath+"/part_abbreviations",schemaPath:"#/properties/part_abbreviations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(H[12]|Q[1-4])$"},message:"must match pattern \""+"^(H[12]|Q[1-4])$"+"\"",propertyName:key8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var valid11 = _errs61 === errors;
if(!valid11){
const err33 = {instancePath:instancePath+"/part_abbreviations",schemaPath:"#/properties/part_abbreviations/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
for(const key9 in data39){
if(!(pattern30.test(key9))){
const err34 = {instancePath:instancePath+"/part_abbreviations",schemaPath:"#/properties/part_abbreviations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key10 in data39){
if(pattern30.test(key10)){
let data40 = data39[key10];
if(Array.isArray(data40)){
if(data40.length < 1){
const err35 = {instancePath:instancePath+"/part_abbreviations/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/part_abbreviations/patternProperties/%5E(H%5B12%5D%7CQ%5B1-4%5D)%24/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len2 = data40.length;
for(let i2=0; i2<len2; i2++){
let data41 = data40[i2];
if(typeof data41 === "string"){
if(!pattern37.test(data41)){
const err36 = {instancePath:instancePath+"/part_abbreviations/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/part_abbreviations/patternProperties/%5E(H%5B12%5D%7CQ%5B1-4%5D)%24/items/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/part_abbreviations/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/part_abbreviations/patternProperties/%5E(H%5B12%5D%7CQ%5B1-4%5D)%24/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i3 = data40.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data40[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err38 = {instancePath:instancePath+"/part_abbreviations/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/part_abbreviations/patternProperties/%5E(H%5B12%5D%7CQ%5B1-4%5D)%24/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err39 = {instancePath:instancePath+"/part_abbreviations/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/part_abbreviations/patternProperties/%5E(H%5B12%5D%7CQ%5B1-4%5D)%24/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/part_abbreviations",schemaPath:"#/properties/part_abbreviations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.each_year !== undefined){
if(!(validate127(data.each_year, {instancePath:instancePath+"/each_year",parentData:data,parentDataProperty:"each_year",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.in_parentheses !== undefined){
if(!(validate127(data.in_parentheses, {instancePath:instancePath+"/in_parentheses",parentData:data,parentDataProperty:"in_parentheses",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.years_ago !== undefined){
let data44 = data.years_ago;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const prop4 of schema40.properties.years_ago.required){
if(data44[prop4] === undefined){
const err41 = {instancePath:instancePath+"/years_ago",schemaPath:"#/properties/years_ago/required",keyword:"required",params:{missingProperty: prop4},message:"must have required property '"+prop4+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key11 in data44){
if(!(func2.call(schema40.properties.years_ago.properties, key11))){
const err42 = {instancePath:instancePath+"/years_ago",schemaPath:"#/properties/years_ago/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data44.before !== undefined){
if(!(validate129(data44.before, {instancePath:instancePath+"/years_ago/before",parentData:data44,parentDataProperty:"before",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data44.over !== undefined){
if(!(validate129(data44.over, {instancePath:instancePath+"/years_ago/over",parentData:data44,parentDataProperty:"over",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data44.within !== undefined){
if(!(validate129(data44.within, {instancePath:instancePath+"/years_ago/within",parentData:data44,parentDataProperty:"within",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data44.half_year !== undefined){
if(!(validate127(data44.half_year, {instancePath:instancePath+"/years_ago/half_year",parentData:data44,parentDataProperty:"half_year",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data44.between_halves !== undefined){
if(!(validate127(data44.between_halves, {instancePath:instancePath+"/years_ago/between_halves",parentData:data44,parentDataProperty:"between_halves",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data44.one_year !== undefined){
if(!(validate127(data44.one_year, {instancePath:instancePath+"/years_ago/one_year",parentData:data44,parentDataProperty:"one_year",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data44.units !== undefined){
if(!(validate129(data44.units, {instancePath:instancePath+"/years_ago/units",parentData:data44,parentDataProperty:"units",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data44.duals !== undefined){
if(!(validate129(data44.duals, {instancePath:instancePath+"/years_ago/duals",parentData:data44,parentDataProperty:"duals",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data44.longest_change_span !== undefined){
let data53 = data44.longest_change_span;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err43 = {instancePath:instancePath+"/years_ago/longest_change_span",schemaPath:"#/properties/years_ago/properties/longest_change_span/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 > 10 || isNaN(data53)){
const err44 = {instancePath:instancePath+"/years_ago/longest_change_span",schemaPath:"#/properties/years_ago/properties/longest_change_span/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data53 < 2 || isNaN(data53)){
const err45 = {instancePath:instancePath+"/years_ago/longest_change_span",schemaPath:"#/properties/years_ago/properties/longest_change_span/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data44.numbers !== undefined){
let data54 = data44.numbers;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key12 in data54){
const _errs84 = errors;
if(typeof key12 === "string"){
if(!pattern24.test(key12)){
const err46 = {instancePath:instancePath+"/years_ago/numbers",schemaPath:"#/properties/years_ago/properties/numbers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\"",propertyName:key12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
var valid17 = _errs84 === errors;
if(!valid17){
const err47 = {instancePath:instancePath+"/years_ago/numbers",schemaPath:"#/properties/years_ago/properties/numbers/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
for(const key13 in data54){
let data55 = data54[key13];
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err48 = {instancePath:instancePath+"/years_ago/numbers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/years_ago/properties/numbers/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 > 10 || isNaN(data55)){
const err49 = {instancePath:instancePath+"/years_ago/numbers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/years_ago/properties/numbers/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data55 < 2 || isNaN(data55)){
const err50 = {instancePath:instancePath+"/years_ago/numbers/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/years_ago/properties/numbers/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
else {
const err51 = {instancePath:instancePath+"/years_ago/numbers",schemaPath:"#/properties/years_ago/properties/numbers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data44.why !== undefined){
if(typeof data44.why !== "string"){
const err52 = {instancePath:instancePath+"/years_ago/why",schemaPath:"#/properties/years_ago/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/years_ago",schemaPath:"#/properties/years_ago/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.record_words !== undefined){
if(!(validate129(data.record_words, {instancePath:instancePath+"/record_words",parentData:data,parentDataProperty:"record_words",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.several_years !== undefined){
if(!(validate127(data.several_years, {instancePath:instancePath+"/several_years",parentData:data,parentDataProperty:"several_years",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.comparisons !== undefined){
if(!(validate127(data.comparisons, {instancePath:instancePath+"/comparisons",parentData:data,parentDataProperty:"comparisons",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.closing_comparisons !== undefined){
if(!(validate127(data.closing_comparisons, {instancePath:instancePath+"/closing_comparisons",parentData:data,parentDataProperty:"closing_comparisons",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.implicit_base !== undefined){
let data61 = data.implicit_base;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const prop5 of schema40.properties.implicit_base.required){
if(data61[prop5] === undefined){
const err54 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/required",keyword:"required",params:{missingProperty: prop5},message:"must have required property '"+prop5+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
for(const key14 in data61){
if(!(((((key14 === "previous_year") || (key14 === "why")) || (key14 === "year_on_year")) || (key14 === "not_with")) || (key14 === "earlier_levels"))){
const err55 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data61.previous_year !== undefined){
if(typeof data61.previous_year !== "boolean"){
const err56 = {instancePath:instancePath+"/implicit_base/previous_year",schemaPath:"#/properties/implicit_base/properties/previous_year/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data61.why !== undefined){
let data63 = data61.why;
if(typeof data63 === "string"){
if(func4(data63) < 10){
const err57 = {instancePath:instancePath+"/implicit_base/why",schemaPath:"#/properties/implicit_base/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/implicit_base/why",schemaPath:"#/properties/implicit_base/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data61.year_on_year !== undefined){
if(!(validate129(data61.year_on_year, {instancePath:instancePath+"/implicit_base/year_on_year",parentData:data61,parentDataProperty:"year_on_year",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data61.not_with !== undefined){
if(!(validate129(data61.not_with, {instancePath:instancePath+"/implicit_base/not_with",parentData:data61,parentDataProperty:"not_with",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data61.earlier_levels !== undefined){
if(!(validate127(data61.earlier_levels, {instancePath:instancePath+"/implicit_base/earlier_levels",parentData:data61,parentDataProperty:"earlier_levels",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
else {
const err59 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.shorter_spans !== undefined){
let data67 = data.shorter_spans;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
for(const prop6 of schema40.properties.shorter_spans.required){
if(data67[prop6] === undefined){
const err60 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/required",keyword:"required",params:{missingProperty: prop6},message:"must have required property '"+prop6+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
for(const key15 in data67){
if(!(((((key15 === "months") || (key15 === "phrases")) || (key15 === "rates")) || (key15 === "release_verbs")) || (key15 === "why"))){
const err61 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data67.months !== undefined){
if(!(validate127(data67.months, {instancePath:instancePath+"/shorter_spans/months",parentData:data67,parentDataProperty:"months",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data67.phrases !== undefined){
if(!(validate127(data67.phrases, {instancePath:instancePath+"/shorter_spans/phrases",parentData:data67,parentDataProperty:"phrases",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data67.rates !== undefined){
if(!(validate127(data67.rates, {instancePath:instancePath+"/shorter_spans/rates",parentData:data67,parentDataProperty:"rates",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data67.release_verbs !== undefined){
if(!(validate129(data67.release_verbs, {instancePath:instancePath+"/shorter_spans/release_verbs",parentData:data67,parentDataProperty:"release_verbs",rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data67.why !== undefined){
let data72 = data67.why;
if(typeof data72 === "string"){
if(func4(data72) < 1){
const err62 = {instancePath:instancePath+"/shorter_spans/why",schemaPath:"#/properties/shorter_spans/properties/why/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/shorter_spans/why",schemaPath:"#/properties/shorter_spans/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.year_to_date !== undefined){
if(!(validate127(data.year_to_date, {instancePath:instancePath+"/year_to_date",parentData:data,parentDataProperty:"year_to_date",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.until_day !== undefined){
if(!(validate127(data.until_day, {instancePath:instancePath+"/until_day",parentData:data,parentDataProperty:"until_day",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.that_period !== undefined){
if(!(validate127(data.that_period, {instancePath:instancePath+"/that_period",parentData:data,parentDataProperty:"that_period",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.same_year !== undefined){
if(!(validate127(data.same_year, {instancePath:instancePath+"/same_year",parentData:data,parentDataProperty:"same_year",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.part_of_it !== undefined){
if(!(validate127(data.part_of_it, {instancePath:instancePath+"/part_of_it",parentData:data,parentDataProperty:"part_of_it",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.following_year !== undefined){
if(!(validate127(data.following_year, {instancePath:instancePath+"/following_year",parentData:data,parentDataProperty:"following_year",rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate126.errors = vErrors;
return errors === 0;
}

export const catalogueRounding = validate184;
const schema44 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-rounding.schema.json","title":"RoundingRules","description":"What range of true values a figure as written allows (pipeline/catalogue/rounding.json). Two figures for the same indicator, period, category and base period agree when their ranges meet; a qualifier opens one side ('أكثر من 40' is above 40, unbounded above).","type":"object","additionalProperties":false,"required":["count","scaled_count","percent","approx","headline_count"],"properties":{"count":{"$ref":"#/definitions/rule","description":"A count written without qualifier."},"scaled_count":{"$ref":"#/definitions/rule","description":"A count written without qualifier as a decimal times a scale word ('2,7 ألف')."},"percent":{"$ref":"#/definitions/rule","description":"A percentage written without qualifier."},"approx":{"$ref":"#/definitions/rule","description":"Any figure with an 'about' qualifier (حوالي، نحو، قرابة، ما يناهز)."},"headline_count":{"$ref":"#/definitions/rule","description":"A round count (its last digit 0) written without qualifier on the text's headline, the line that repeats the source's title."}},"definitions":{"rule":{"type":"object","additionalProperties":false,"required":["tolerance","why"],"properties":{"tolerance":{"type":"string","enum":["none","half_unit_of_last_written_digit","half_unit_of_last_nonzero_digit","half_rounding_step"],"description":"none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950); half_rounding_step: as half_unit_of_last_nonzero_digit, but a whole number ending in 5 was rounded to a multiple of five (175 → 172.5–177.5)."},"why":{"type":"string","minLength":10}}}}};
const schema45 = {"type":"object","additionalProperties":false,"required":["tolerance","why"],"properties":{"tolerance":{"type":"string","enum":["none","half_unit_of_last_written_digit","half_unit_of_last_nonzero_digit","half_rounding_step"],"description":"none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950); half_rounding_step: as half_unit_of_last_nonzero_digit, but a whole number ending in 5 was rounded to a multiple of five (175 → 172.5–177.5)."},"why":{"type":"string","minLength":10}}};

function validate185(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tolerance === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.why === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "tolerance") || (key0 === "why"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.tolerance !== undefined){
let data0 = data.tolerance;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/tolerance",schemaPath:"#/properties/tolerance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data0 === "none") || (data0 === "half_unit_of_last_written_digit")) || (data0 === "half_unit_of_last_nonzero_digit")) || (data0 === "half_rounding_step"))){
const err4 = {instancePath:instancePath+"/tolerance",schemaPath:"#/properties/tolerance/enum",keyword:"enum",params:{allowedValues: schema45.properties.tolerance.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.why !== undefined){
let data1 = data.why;
if(typeof data1 === "string"){
if(func4(data1) < 10){
const err5 = {instancePath:instancePath+"/why",schemaPath:"#/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/why",schemaPath:"#/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate185.errors = vErrors;
return errors === 0;
}


function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-rounding.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema44.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(((((key0 === "count") || (key0 === "scaled_count")) || (key0 === "percent")) || (key0 === "approx")) || (key0 === "headline_count"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.count !== undefined){
if(!(validate185(data.count, {instancePath:instancePath+"/count",parentData:data,parentDataProperty:"count",rootData}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
}
if(data.scaled_count !== undefined){
if(!(validate185(data.scaled_count, {instancePath:instancePath+"/scaled_count",parentData:data,parentDataProperty:"scaled_count",rootData}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
}
if(data.percent !== undefined){
if(!(validate185(data.percent, {instancePath:instancePath+"/percent",parentData:data,parentDataProperty:"percent",rootData}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
}
if(data.approx !== undefined){
if(!(validate185(data.approx, {instancePath:instancePath+"/approx",parentData:data,parentDataProperty:"approx",rootData}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
}
if(data.headline_count !== undefined){
if(!(validate185(data.headline_count, {instancePath:instancePath+"/headline_count",parentData:data,parentDataProperty:"headline_count",rootData}))){
vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate184.errors = vErrors;
return errors === 0;
}

export const catalogueUnits = validate191;
const schema46 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-units.schema.json","title":"UnitCatalogue","description":"How each unit of the indicators and derivations reads in Arabic, English and French (pipeline/catalogue/units.json): its name as a column value or heading, and the counted noun after a number in each plural form of the language.","type":"object","additionalProperties":false,"required":["units"],"properties":{"units":{"type":"object","description":"By unit, as indicators.json and derivations.json write it (\"files\", \"percent\", \"persons per warrant\").","minProperties":1,"additionalProperties":{"$ref":"#/definitions/unit"}}},"definitions":{"unit":{"type":"object","additionalProperties":false,"required":["kind","label"],"properties":{"kind":{"enum":["count","percent","ratio"],"description":"count: whole things (a derived count is shown as a whole number); percent: shown with a percent sign; ratio: one quantity per another (shown to 3 significant digits)."},"label":{"$ref":"#/definitions/trilingual","description":"The unit's name on its own: a column value (observations.unit_en …) or a table heading."},"counted":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"description":"The noun after a number, by CLDR plural category of each language (Intl.PluralRules): English and French one/other; Arabic one, two, few (3–10: plural), many (11–99: singular accusative), other (100 and more: singular).","properties":{"ar":{"$ref":"#/definitions/pluralForms"},"en":{"$ref":"#/definitions/pluralForms"},"fr":{"$ref":"#/definitions/pluralForms"}}}}},"trilingual":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"pluralForms":{"type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}}}};
const schema47 = {"type":"object","additionalProperties":false,"required":["kind","label"],"properties":{"kind":{"enum":["count","percent","ratio"],"description":"count: whole things (a derived count is shown as a whole number); percent: shown with a percent sign; ratio: one quantity per another (shown to 3 significant digits)."},"label":{"$ref":"#/definitions/trilingual","description":"The unit's name on its own: a column value (observations.unit_en …) or a table heading."},"counted":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"description":"The noun after a number, by CLDR plural category of each language (Intl.PluralRules): English and French one/other; Arabic one, two, few (3–10: plural), many (11–99: singular accusative), other (100 and more: singular).","properties":{"ar":{"$ref":"#/definitions/pluralForms"},"en":{"$ref":"#/definitions/pluralForms"},"fr":{"$ref":"#/definitions/pluralForms"}}}}};
const schema48 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ar === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.en === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fr === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "ar") || (key0 === "en")) || (key0 === "fr"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ar !== undefined){
let data0 = data.ar;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err4 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ar",schemaPath:"#/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.en !== undefined){
let data1 = data.en;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err6 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/en",schemaPath:"#/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fr !== undefined){
let data2 = data.fr;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/fr",schemaPath:"#/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate193.errors = vErrors;
return errors === 0;
}

const schema49 = {"type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}};

function validate195(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.other === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "zero") || (key0 === "one")) || (key0 === "two")) || (key0 === "few")) || (key0 === "many")) || (key0 === "other"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.zero !== undefined){
let data0 = data.zero;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err2 = {instancePath:instancePath+"/zero",schemaPath:"#/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/zero",schemaPath:"#/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.one !== undefined){
let data1 = data.one;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err4 = {instancePath:instancePath+"/one",schemaPath:"#/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/one",schemaPath:"#/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.two !== undefined){
let data2 = data.two;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err6 = {instancePath:instancePath+"/two",schemaPath:"#/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/two",schemaPath:"#/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.few !== undefined){
let data3 = data.few;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err8 = {instancePath:instancePath+"/few",schemaPath:"#/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/few",schemaPath:"#/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.many !== undefined){
let data4 = data.many;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err10 = {instancePath:instancePath+"/many",schemaPath:"#/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/many",schemaPath:"#/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.other !== undefined){
let data5 = data.other;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err12 = {instancePath:instancePath+"/other",schemaPath:"#/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/other",schemaPath:"#/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate195.errors = vErrors;
return errors === 0;
}


function validate192(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "label")) || (key0 === "counted"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!(((data0 === "count") || (data0 === "percent")) || (data0 === "ratio"))){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema47.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.label !== undefined){
if(!(validate193(data.label, {instancePath:instancePath+"/label",parentData:data,parentDataProperty:"label",rootData}))){
vErrors = vErrors === null ? validate193.errors : vErrors.concat(validate193.errors);
errors = vErrors.length;
}
}
if(data.counted !== undefined){
let data2 = data.counted;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.ar === undefined){
const err4 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.en === undefined){
const err5 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.fr === undefined){
const err6 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "ar") || (key1 === "en")) || (key1 === "fr"))){
const err7 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.ar !== undefined){
if(!(validate195(data2.ar, {instancePath:instancePath+"/counted/ar",parentData:data2,parentDataProperty:"ar",rootData}))){
vErrors = vErrors === null ? validate195.errors : vErrors.concat(validate195.errors);
errors = vErrors.length;
}
}
if(data2.en !== undefined){
if(!(validate195(data2.en, {instancePath:instancePath+"/counted/en",parentData:data2,parentDataProperty:"en",rootData}))){
vErrors = vErrors === null ? validate195.errors : vErrors.concat(validate195.errors);
errors = vErrors.length;
}
}
if(data2.fr !== undefined){
if(!(validate195(data2.fr, {instancePath:instancePath+"/counted/fr",parentData:data2,parentDataProperty:"fr",rootData}))){
vErrors = vErrors === null ? validate195.errors : vErrors.concat(validate195.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate192.errors = vErrors;
return errors === 0;
}


function validate191(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-units.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.units === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "units"},message:"must have required property '"+"units"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "units")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.units !== undefined){
let data0 = data.units;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data0){
if(!(validate192(data0[key1], {instancePath:instancePath+"/units/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate191.errors = vErrors;
return errors === 0;
}

export const coverage = validate200;
const schema50 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"coverage.schema.json","title":"CoverageReport","description":"The coverage stage's report (work/coverage.json): how every number found is accounted for.","type":"object","additionalProperties":false,"required":["sources","numbers","byStatus","unaccounted"],"properties":{"sources":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"byStatus":{"type":"object","additionalProperties":false,"required":["observation","restatement","held_back","unaccounted","year","date","time","identifier","ignored","cruft"],"properties":{"observation":{"type":"integer","minimum":0},"restatement":{"type":"integer","minimum":0},"held_back":{"type":"integer","minimum":0},"unaccounted":{"type":"integer","minimum":0},"year":{"type":"integer","minimum":0},"date":{"type":"integer","minimum":0},"time":{"type":"integer","minimum":0},"identifier":{"type":"integer","minimum":0},"ignored":{"type":"integer","minimum":0},"cruft":{"type":"integer","minimum":0}}},"unaccounted":{"type":"array","items":{"type":"string"},"description":"One line per unaccounted number: file:line:column and the reason."}}};

function validate200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="coverage.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema50.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "sources") || (key0 === "numbers")) || (key0 === "byStatus")) || (key0 === "unaccounted"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sources !== undefined){
let data0 = data.sources;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.numbers !== undefined){
let data1 = data.numbers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.byStatus !== undefined){
let data2 = data.byStatus;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const prop1 of schema50.properties.byStatus.required){
if(data2[prop1] === undefined){
const err6 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: prop1},message:"must have required property '"+prop1+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key1 in data2){
if(!(func2.call(schema50.properties.byStatus.properties, key1))){
const err7 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.observation !== undefined){
let data3 = data2.observation;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/byStatus/observation",schemaPath:"#/properties/byStatus/properties/observation/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/byStatus/observation",schemaPath:"#/properties/byStatus/properties/observation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data2.restatement !== undefined){
let data4 = data2.restatement;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/byStatus/restatement",schemaPath:"#/properties/byStatus/properties/restatement/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/byStatus/restatement",schemaPath:"#/properties/byStatus/properties/restatement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data2.held_back !== undefined){
let data5 = data2.held_back;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/byStatus/held_back",schemaPath:"#/properties/byStatus/properties/held_back/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/byStatus/held_back",schemaPath:"#/properties/byStatus/properties/held_back/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data2.unaccounted !== undefined){
let data6 = data2.unaccounted;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/byStatus/unaccounted",schemaPath:"#/properties/byStatus/properties/unaccounted/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/byStatus/unaccounted",schemaPath:"#/properties/byStatus/properties/unaccounted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data2.year !== undefined){
let data7 = data2.year;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/byStatus/year",schemaPath:"#/properties/byStatus/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/byStatus/year",schemaPath:"#/properties/byStatus/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data2.date !== undefined){
let data8 = data2.date;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/byStatus/date",schemaPath:"#/properties/byStatus/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/byStatus/date",schemaPath:"#/properties/byStatus/properties/date/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data2.time !== undefined){
let data9 = data2.time;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err20 = {instancePath:instancePath+"/byStatus/time",schemaPath:"#/properties/byStatus/properties/time/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/byStatus/time",schemaPath:"#/properties/byStatus/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data2.identifier !== undefined){
let data10 = data2.identifier;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/byStatus/identifier",schemaPath:"#/properties/byStatus/properties/identifier/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/byStatus/identifier",schemaPath:"#/properties/byStatus/properties/identifier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data2.ignored !== undefined){
let data11 = data2.ignored;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err24 = {instancePath:instancePath+"/byStatus/ignored",schemaPath:"#/properties/byStatus/properties/ignored/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/byStatus/ignored",schemaPath:"#/properties/byStatus/properties/ignored/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data2.cruft !== undefined){
let data12 = data2.cruft;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err26 = {instancePath:instancePath+"/byStatus/cruft",schemaPath:"#/properties/byStatus/properties/cruft/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err27 = {instancePath:instancePath+"/byStatus/cruft",schemaPath:"#/properties/byStatus/properties/cruft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.unaccounted !== undefined){
let data13 = data.unaccounted;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
if(typeof data13[i0] !== "string"){
const err29 = {instancePath:instancePath+"/unaccounted/" + i0,schemaPath:"#/properties/unaccounted/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/unaccounted",schemaPath:"#/properties/unaccounted/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate200.errors = vErrors;
return errors === 0;
}

export const cueAffixes = validate201;
const schema51 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"cue-affixes.schema.json","title":"CueAffixes","description":"The clitics and endings that may surround a catalogue cue word in a text (pipeline/extract/cue-affixes.json), so that a cue 'ملف' matches 'ملفا', 'الملفات' and 'وبالملفات'. Written folded.","type":"object","additionalProperties":false,"required":["prefixes","suffixes","feminine_suffixes","fillers"],"properties":{"prefixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Attached conjunctions, prepositions and the article, alone and combined (و، ب، ال، وبال …)."},"suffixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]*$"},"description":"Endings after a cue: case and number endings, the accusative alif, attached pronouns; the plural verb ending also without its alif, as Moroccan Arabic writes it ('تسلمو')."},"feminine_suffixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Endings that replace a cue's final ه (ة): plural ات, dual تين/تان, construct تي/تا, with a pronoun تها/تهم. Not ت alone: a noun keeps its ة before a genitive ('نشرة البحث'), and 'نشرت' is the verb (she published)."},"fillers":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Words that may stand between a number and its counted noun ('5800 من الملفات'; the Moroccan Arabic classifier in '25 واحد مطلوبين', and its possessive 'ديال' or 'د': 'سبعة ديال المواطنين', 'خمسة د العمليات'; 'فقط', only: '87 فقط سنة 2023')."}}};
const pattern40 = new RegExp("^[\\u0621-\\u064A]*$", "u");

function validate201(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="cue-affixes.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema51.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "prefixes") || (key0 === "suffixes")) || (key0 === "feminine_suffixes")) || (key0 === "fillers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.prefixes !== undefined){
let data0 = data.prefixes;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern24.test(data1)){
const err2 = {instancePath:instancePath+"/prefixes/" + i0,schemaPath:"#/properties/prefixes/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/prefixes/" + i0,schemaPath:"#/properties/prefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/prefixes",schemaPath:"#/properties/prefixes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/prefixes",schemaPath:"#/properties/prefixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.suffixes !== undefined){
let data2 = data.suffixes;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern40.test(data3)){
const err6 = {instancePath:instancePath+"/suffixes/" + i2,schemaPath:"#/properties/suffixes/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/suffixes/" + i2,schemaPath:"#/properties/suffixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data2[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err8 = {instancePath:instancePath+"/suffixes",schemaPath:"#/properties/suffixes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err9 = {instancePath:instancePath+"/suffixes",schemaPath:"#/properties/suffixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.feminine_suffixes !== undefined){
let data4 = data.feminine_suffixes;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(typeof data5 === "string"){
if(!pattern24.test(data5)){
const err10 = {instancePath:instancePath+"/feminine_suffixes/" + i4,schemaPath:"#/properties/feminine_suffixes/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/feminine_suffixes/" + i4,schemaPath:"#/properties/feminine_suffixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i5 = data4.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data4[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err12 = {instancePath:instancePath+"/feminine_suffixes",schemaPath:"#/properties/feminine_suffixes/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err13 = {instancePath:instancePath+"/feminine_suffixes",schemaPath:"#/properties/feminine_suffixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.fillers !== undefined){
let data6 = data.fillers;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i6=0; i6<len3; i6++){
let data7 = data6[i6];
if(typeof data7 === "string"){
if(!pattern24.test(data7)){
const err14 = {instancePath:instancePath+"/fillers/" + i6,schemaPath:"#/properties/fillers/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/fillers/" + i6,schemaPath:"#/properties/fillers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i7 = data6.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data6[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err16 = {instancePath:instancePath+"/fillers",schemaPath:"#/properties/fillers/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err17 = {instancePath:instancePath+"/fillers",schemaPath:"#/properties/fillers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate201.errors = vErrors;
return errors === 0;
}

export const derived = validate202;
const schema52 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"derived.schema.json","title":"DerivedDataset","description":"The derive stage's artifact (work/derived.json): the validated dataset and the figures derived from it.","type":"object","additionalProperties":false,"required":["validated","derived"],"properties":{"validated":{"$ref":"validated.schema.json"},"derived":{"type":"array","items":{"$ref":"#/definitions/derivedFigure"}}},"definitions":{"derivedFigure":{"title":"DerivedFigure","type":"object","additionalProperties":false,"required":["derived_id","period","value","qualifier","lower","upper","unit","method","inputs","reason"],"properties":{"derived_id":{"type":"string","description":"The derivation's id in the catalogue."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes."},"value":{"type":["number","null"],"description":"The point value; null when it cannot be computed (see reason). For a one-sided result, the bound, with the qualifier saying which side."},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"lower":{"type":["number","null"],"description":"Lowest value the inputs allow (rounding and qualifiers); null when unbounded or unknown."},"upper":{"type":["number","null"],"description":"Highest value the inputs allow; null when unbounded or unknown."},"unit":{"type":"string"},"method":{"type":"string","description":"The formula, in terms of indicator ids."},"inputs":{"type":"array","items":{"type":"string"},"description":"observation_id of every input."},"reason":{"type":["string","null"],"description":"Why the value is empty (a missing input, a division by zero)."}}}}};
const schema53 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"validated.schema.json","title":"ValidatedDataset","description":"The validate stage's artifact (work/validated.json): every source's metadata, all observations and mentions, checked within and across sources. Quotes have been checked against the raw text, which later stages no longer need.","type":"object","additionalProperties":false,"required":["sources","observations","mentions","warnings"],"properties":{"sources":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["file","metadata","sha256","bytes"],"properties":{"file":{"type":"string"},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer","minimum":1}}}},"observations":{"type":"array","items":{"$ref":"observation.schema.json"}},"mentions":{"type":"array","items":{"$ref":"mention.schema.json"}},"warnings":{"type":"array","items":{"type":"string"},"description":"Problems that do not stop publication (unaccounted numbers without --strict)."}}};
const schema54 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"source.schema.json","title":"SourceMetadata","description":"What is known of one source: raw/<id>.source.json beside raw/<id>.txt. Every field is required; a value that is not known is null, never guessed.","type":"object","additionalProperties":false,"required":["id","title","language","publisher","author","institution","url","published","retrieved","reference_period","licence","notes"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$","description":"The file name stem shared by raw/<id>.txt and raw/<id>.source.json: letters, digits, '.', '_' and '-', starting with a letter or digit."},"title":{"type":["string","null"],"minLength":1,"description":"The title of the text as published."},"language":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","description":"BCP 47 language tag of the text, e.g. 'ar'."},"publisher":{"type":["string","null"],"minLength":1,"description":"The outlet that published the text."},"author":{"type":["string","null"],"minLength":1,"description":"The author of the text."},"institution":{"type":["string","null"],"minLength":1,"description":"The institution whose figures the text reports."},"url":{"type":["string","null"],"format":"iri","pattern":"^[Hh][Tt][Tt][Pp][Ss]?://","description":"Where the text can be read: an http or https address (an IRI: Arabic letters are allowed). Other schemes (javascript:, data:, file:) are refused: the page and the data card link to it."},"published":{"type":["string","null"],"format":"date","description":"Date the text was published (YYYY-MM-DD)."},"retrieved":{"type":["string","null"],"format":"date","description":"Date the text was retrieved (YYYY-MM-DD)."},"reference_period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figures describe: a calendar year (YYYY), a half-year (YYYY-H1, YYYY-H2) or a quarter (YYYY-Q1 … YYYY-Q4)."},"licence":{"type":["string","null"],"minLength":1,"description":"Licence of the text (an SPDX identifier or a short statement)."},"notes":{"type":["string","null"],"minLength":1,"description":"Provenance and anything a reader should know about the source."}}};
const pattern43 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern44 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const pattern45 = new RegExp("^[Hh][Tt][Tt][Pp][Ss]?://", "u");
const formats16 = formats.iri;
const formats18 = formats.date;

function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="source.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema54.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema54.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: schema54.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.language !== undefined){
let data2 = data.language;
if(typeof data2 === "string"){
if(!pattern44.test(data2)){
const err6 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.publisher !== undefined){
let data3 = data.publisher;
if((typeof data3 !== "string") && (data3 !== null)){
const err8 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: schema54.properties.publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err9 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.author !== undefined){
let data4 = data.author;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: schema54.properties.author.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err11 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.institution !== undefined){
let data5 = data.institution;
if((typeof data5 !== "string") && (data5 !== null)){
const err12 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: schema54.properties.institution.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err13 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.url !== undefined){
let data6 = data.url;
if((typeof data6 !== "string") && (data6 !== null)){
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: schema54.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern45.test(data6)){
const err15 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats16.validate(data6))){
const err16 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.published !== undefined){
let data7 = data.published;
if((typeof data7 !== "string") && (data7 !== null)){
const err17 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/type",keyword:"type",params:{type: schema54.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats18.validate(data7))){
const err18 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.retrieved !== undefined){
let data8 = data.retrieved;
if((typeof data8 !== "string") && (data8 !== null)){
const err19 = {instancePath:instancePath+"/retrieved",schemaPath:"#/properties/retrieved/type",keyword:"type",params:{type: schema54.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats18.validate(data8))){
const err20 = {instancePath:instancePath+"/retrieved",schemaPath:"#/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.reference_period !== undefined){
let data9 = data.reference_period;
if(typeof data9 === "string"){
if(!pattern15.test(data9)){
const err21 = {instancePath:instancePath+"/reference_period",schemaPath:"#/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/reference_period",schemaPath:"#/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.licence !== undefined){
let data10 = data.licence;
if((typeof data10 !== "string") && (data10 !== null)){
const err23 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: schema54.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err24 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.notes !== undefined){
let data11 = data.notes;
if((typeof data11 !== "string") && (data11 !== null)){
const err25 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: schema54.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err26 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate204.errors = vErrors;
return errors === 0;
}

const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"observation.schema.json","title":"Observation","description":"One figure a source states for an indicator and period, with the exact quote it comes from.","type":"object","additionalProperties":false,"required":["observation_id","source_id","indicator_id","breakdown","category","period","base_period","value","qualifier","unit","quote","start","end","line","column","sentence","correction"],"properties":{"observation_id":{"type":"string","description":"<source_id>/<indicator_id>/<period>, with /<category> for a figure of a breakdown and /vs<base_period> for a change."},"source_id":{"type":"string"},"indicator_id":{"type":"string"},"breakdown":{"type":["string","null"],"description":"For a figure of one category of a breakdown (case type, partner country), the breakdown's id in the catalogue; null otherwise."},"category":{"type":["string","null"],"description":"The category's code in the breakdown's code list; null when breakdown is null."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes (see pipeline/lib/period.ts)."},"base_period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"For a percentage change, the period it is compared with."},"value":{"type":"number"},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"decimals":{"type":"integer","minimum":0,"description":"Digits written after the decimal separator: the value is rounded to half a unit of the last one."},"unit":{"type":"string"},"quote":{"type":"string","minLength":1},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"sentence":{"type":"object","additionalProperties":false,"required":["text","start","end"],"description":"The sentence of the source that holds the quote, with its raw offsets: what gives the figure its meaning.","properties":{"text":{"type":"string","minLength":1},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1}}},"correction":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["reason","original"],"properties":{"reason":{"type":"string"},"original":{"type":"object","description":"The corrected fields as extracted from the text."}}}]}}};

function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="observation.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema55.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema55.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.observation_id !== undefined){
if(typeof data.observation_id !== "string"){
const err2 = {instancePath:instancePath+"/observation_id",schemaPath:"#/properties/observation_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source_id !== undefined){
if(typeof data.source_id !== "string"){
const err3 = {instancePath:instancePath+"/source_id",schemaPath:"#/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.indicator_id !== undefined){
if(typeof data.indicator_id !== "string"){
const err4 = {instancePath:instancePath+"/indicator_id",schemaPath:"#/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.breakdown !== undefined){
let data3 = data.breakdown;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/breakdown",schemaPath:"#/properties/breakdown/type",keyword:"type",params:{type: schema55.properties.breakdown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.category !== undefined){
let data4 = data.category;
if((typeof data4 !== "string") && (data4 !== null)){
const err6 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: schema55.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(typeof data5 === "string"){
if(!pattern15.test(data5)){
const err7 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.base_period !== undefined){
let data6 = data.base_period;
if((typeof data6 !== "string") && (data6 !== null)){
const err9 = {instancePath:instancePath+"/base_period",schemaPath:"#/properties/base_period/type",keyword:"type",params:{type: schema55.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern15.test(data6)){
const err10 = {instancePath:instancePath+"/base_period",schemaPath:"#/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.value !== undefined){
let data7 = data.value;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.qualifier !== undefined){
let data8 = data.qualifier;
if((typeof data8 !== "string") && (data8 !== null)){
const err12 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: schema55.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((data8 === "gt") || (data8 === "gte")) || (data8 === "lt")) || (data8 === "lte")) || (data8 === "approx")) || (data8 === null))){
const err13 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema55.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.decimals !== undefined){
let data9 = data.decimals;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err14 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.unit !== undefined){
if(typeof data.unit !== "string"){
const err16 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.quote !== undefined){
let data11 = data.quote;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err17 = {instancePath:instancePath+"/quote",schemaPath:"#/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/quote",schemaPath:"#/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.start !== undefined){
let data12 = data.start;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err19 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err20 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.end !== undefined){
let data13 = data.end;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err21 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err22 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.line !== undefined){
let data14 = data.line;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err23 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.column !== undefined){
let data15 = data.column;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err25 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err26 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.sentence !== undefined){
let data16 = data.sentence;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.text === undefined){
const err27 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data16.start === undefined){
const err28 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data16.end === undefined){
const err29 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data16){
if(!(((key1 === "text") || (key1 === "start")) || (key1 === "end"))){
const err30 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.text !== undefined){
let data17 = data16.text;
if(typeof data17 === "string"){
if(func4(data17) < 1){
const err31 = {instancePath:instancePath+"/sentence/text",schemaPath:"#/properties/sentence/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/sentence/text",schemaPath:"#/properties/sentence/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.start !== undefined){
let data18 = data16.start;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err33 = {instancePath:instancePath+"/sentence/start",schemaPath:"#/properties/sentence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err34 = {instancePath:instancePath+"/sentence/start",schemaPath:"#/properties/sentence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data16.end !== undefined){
let data19 = data16.end;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err35 = {instancePath:instancePath+"/sentence/end",schemaPath:"#/properties/sentence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err36 = {instancePath:instancePath+"/sentence/end",schemaPath:"#/properties/sentence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.correction !== undefined){
let data20 = data.correction;
const _errs44 = errors;
let valid2 = false;
let passing0 = null;
const _errs45 = errors;
if(data20 !== null){
const err38 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs45 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs47 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.reason === undefined){
const err39 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data20.original === undefined){
const err40 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key2 in data20){
if(!((key2 === "reason") || (key2 === "original"))){
const err41 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data20.reason !== undefined){
if(typeof data20.reason !== "string"){
const err42 = {instancePath:instancePath+"/correction/reason",schemaPath:"#/properties/correction/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data20.original !== undefined){
let data22 = data20.original;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
const err43 = {instancePath:instancePath+"/correction/original",schemaPath:"#/properties/correction/oneOf/1/properties/original/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid0 = _errs47 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err45 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate206.errors = vErrors;
return errors === 0;
}

const schema56 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"mention.schema.json","title":"AccountedMention","description":"A number found in a source and how it is accounted for.","type":"object","additionalProperties":false,"required":["source_id","text","value","kind","form","start","end","line","column","status","indicator_id","period","observation_id","evidence","reason"],"properties":{"source_id":{"type":"string"},"text":{"type":"string"},"value":{"type":"number"},"kind":{"type":"string","enum":["number","percent","year","date","time","identifier"]},"qualifier":{"type":"string","enum":["gt","gte","lt","lte","approx"]},"form":{"type":"string","enum":["digits","words","mixed","dual"]},"decimals":{"type":"integer","minimum":0},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"status":{"type":"string","enum":["observation","restatement","held_back","unaccounted","year","date","time","identifier","ignored","cruft"],"description":"observation: published as the observation named by observation_id; restatement: the same figure stated again (a rounded headline, another source), agreeing with the observation named by observation_id, which is more precise; held_back: a figure the run cannot vouch for (a conflict, an ambiguity, an unclear period), not published (a warning; an error with --strict); unaccounted: no catalogued indicator counts it (a warning; an error with --strict); year, date, time, identifier: not a figure (a calendar year, a date or time of day, an address or reference number); ignored: an ignore rule matched; cruft: on a page-cruft line."},"indicator_id":{"type":["string","null"]},"period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes, when its indicator is known."},"observation_id":{"type":["string","null"],"description":"For an observation, its id; for a restatement, the id of the observation it restates; null otherwise."},"evidence":{"type":["string","null"],"description":"The words that decided the indicator and period (the counted noun, context and qualifying words, a governing verb, a period phrase)."},"reason":{"type":["string","null"],"description":"For ignored, cruft and unaccounted mentions: why."}}};

function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="mention.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema56.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema56.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source_id !== undefined){
if(typeof data.source_id !== "string"){
const err2 = {instancePath:instancePath+"/source_id",schemaPath:"#/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data3 === "number") || (data3 === "percent")) || (data3 === "year")) || (data3 === "date")) || (data3 === "time")) || (data3 === "identifier"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema56.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.qualifier !== undefined){
let data4 = data.qualifier;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((data4 === "gt") || (data4 === "gte")) || (data4 === "lt")) || (data4 === "lte")) || (data4 === "approx"))){
const err8 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema56.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.form !== undefined){
let data5 = data.form;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data5 === "digits") || (data5 === "words")) || (data5 === "mixed")) || (data5 === "dual"))){
const err10 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/enum",keyword:"enum",params:{allowedValues: schema56.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.decimals !== undefined){
let data6 = data.decimals;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.start !== undefined){
let data7 = data.start;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err13 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.end !== undefined){
let data8 = data.end;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err15 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.line !== undefined){
let data9 = data.line;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err17 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.column !== undefined){
let data10 = data.column;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err19 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.status !== undefined){
let data11 = data.status;
if(typeof data11 !== "string"){
const err21 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((((((((data11 === "observation") || (data11 === "restatement")) || (data11 === "held_back")) || (data11 === "unaccounted")) || (data11 === "year")) || (data11 === "date")) || (data11 === "time")) || (data11 === "identifier")) || (data11 === "ignored")) || (data11 === "cruft"))){
const err22 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema56.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.indicator_id !== undefined){
let data12 = data.indicator_id;
if((typeof data12 !== "string") && (data12 !== null)){
const err23 = {instancePath:instancePath+"/indicator_id",schemaPath:"#/properties/indicator_id/type",keyword:"type",params:{type: schema56.properties.indicator_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.period !== undefined){
let data13 = data.period;
if((typeof data13 !== "string") && (data13 !== null)){
const err24 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: schema56.properties.period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern15.test(data13)){
const err25 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.observation_id !== undefined){
let data14 = data.observation_id;
if((typeof data14 !== "string") && (data14 !== null)){
const err26 = {instancePath:instancePath+"/observation_id",schemaPath:"#/properties/observation_id/type",keyword:"type",params:{type: schema56.properties.observation_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.evidence !== undefined){
let data15 = data.evidence;
if((typeof data15 !== "string") && (data15 !== null)){
const err27 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: schema56.properties.evidence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.reason !== undefined){
let data16 = data.reason;
if((typeof data16 !== "string") && (data16 !== null)){
const err28 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema56.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate208.errors = vErrors;
return errors === 0;
}

const pattern47 = new RegExp("^[0-9a-f]{64}$", "u");

function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="validated.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema53.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "sources") || (key0 === "observations")) || (key0 === "mentions")) || (key0 === "warnings"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sources !== undefined){
let data0 = data.sources;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const prop1 of schema53.properties.sources.items.required){
if(data1[prop1] === undefined){
const err2 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: prop1},message:"must have required property '"+prop1+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key1 in data1){
if(!((((key1 === "file") || (key1 === "metadata")) || (key1 === "sha256")) || (key1 === "bytes"))){
const err3 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.file !== undefined){
if(typeof data1.file !== "string"){
const err4 = {instancePath:instancePath+"/sources/" + i0+"/file",schemaPath:"#/properties/sources/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.metadata !== undefined){
if(!(validate204(data1.metadata, {instancePath:instancePath+"/sources/" + i0+"/metadata",parentData:data1,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
errors = vErrors.length;
}
}
if(data1.sha256 !== undefined){
let data4 = data1.sha256;
if(typeof data4 === "string"){
if(!pattern47.test(data4)){
const err5 = {instancePath:instancePath+"/sources/" + i0+"/sha256",schemaPath:"#/properties/sources/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/sources/" + i0+"/sha256",schemaPath:"#/properties/sources/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.bytes !== undefined){
let data5 = data1.bytes;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/sources/" + i0+"/bytes",schemaPath:"#/properties/sources/items/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/sources/" + i0+"/bytes",schemaPath:"#/properties/sources/items/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.observations !== undefined){
let data6 = data.observations;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate206(data6[i1], {instancePath:instancePath+"/observations/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/observations",schemaPath:"#/properties/observations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.mentions !== undefined){
let data8 = data.mentions;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate208(data8[i2], {instancePath:instancePath+"/mentions/" + i2,parentData:data8,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.warnings !== undefined){
let data10 = data.warnings;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(typeof data10[i3] !== "string"){
const err13 = {instancePath:instancePath+"/warnings/" + i3,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate203.errors = vErrors;
return errors === 0;
}

const schema57 = {"title":"DerivedFigure","type":"object","additionalProperties":false,"required":["derived_id","period","value","qualifier","lower","upper","unit","method","inputs","reason"],"properties":{"derived_id":{"type":"string","description":"The derivation's id in the catalogue."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes."},"value":{"type":["number","null"],"description":"The point value; null when it cannot be computed (see reason). For a one-sided result, the bound, with the qualifier saying which side."},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"lower":{"type":["number","null"],"description":"Lowest value the inputs allow (rounding and qualifiers); null when unbounded or unknown."},"upper":{"type":["number","null"],"description":"Highest value the inputs allow; null when unbounded or unknown."},"unit":{"type":"string"},"method":{"type":"string","description":"The formula, in terms of indicator ids."},"inputs":{"type":"array","items":{"type":"string"},"description":"observation_id of every input."},"reason":{"type":["string","null"],"description":"Why the value is empty (a missing input, a division by zero)."}}};

function validate211(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema57.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema57.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.derived_id !== undefined){
if(typeof data.derived_id !== "string"){
const err2 = {instancePath:instancePath+"/derived_id",schemaPath:"#/properties/derived_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.period !== undefined){
let data1 = data.period;
if(typeof data1 === "string"){
if(!pattern15.test(data1)){
const err3 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema57.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.qualifier !== undefined){
let data3 = data.qualifier;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: schema57.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((data3 === "gt") || (data3 === "gte")) || (data3 === "lt")) || (data3 === "lte")) || (data3 === "approx")) || (data3 === null))){
const err7 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema57.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.lower !== undefined){
let data4 = data.lower;
if((!((typeof data4 == "number") && (isFinite(data4)))) && (data4 !== null)){
const err8 = {instancePath:instancePath+"/lower",schemaPath:"#/properties/lower/type",keyword:"type",params:{type: schema57.properties.lower.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.upper !== undefined){
let data5 = data.upper;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (data5 !== null)){
const err9 = {instancePath:instancePath+"/upper",schemaPath:"#/properties/upper/type",keyword:"type",params:{type: schema57.properties.upper.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit !== undefined){
if(typeof data.unit !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.method !== undefined){
if(typeof data.method !== "string"){
const err11 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.inputs !== undefined){
let data8 = data.inputs;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
const err12 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.reason !== undefined){
let data10 = data.reason;
if((typeof data10 !== "string") && (data10 !== null)){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema57.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate211.errors = vErrors;
return errors === 0;
}


function validate202(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="derived.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.validated === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "validated"},message:"must have required property '"+"validated"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.derived === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived"},message:"must have required property '"+"derived"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "validated") || (key0 === "derived"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.validated !== undefined){
if(!(validate203(data.validated, {instancePath:instancePath+"/validated",parentData:data,parentDataProperty:"validated",rootData}))){
vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
errors = vErrors.length;
}
}
if(data.derived !== undefined){
let data1 = data.derived;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate211(data1[i0], {instancePath:instancePath+"/derived/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate211.errors : vErrors.concat(validate211.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/derived",schemaPath:"#/properties/derived/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate202.errors = vErrors;
return errors === 0;
}

export const extracted = validate213;
const schema58 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"extracted.schema.json","title":"ExtractedSource","description":"The extract stage's artifact for one source (work/extracted/<id>.json): every number found, how each is read, and the figures read.","type":"object","additionalProperties":false,"required":["id","file","metadata","sha256","bytes","text","mentions","figures"],"properties":{"id":{"type":"string"},"file":{"type":"string"},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer","minimum":1},"text":{"type":"string","description":"The raw text, kept so that later stages can check every quote against it."},"mentions":{"type":"array","items":{"$ref":"mention.schema.json"},"description":"Every number found, in text order. A number read as a figure has the status observation here; validate decides, across sources, which figures are published and which restate them or are held back."},"figures":{"type":"array","description":"Every number read as a figure, in text order: candidates for publication, several of which may give the same indicator and period (a rounded headline and the exact figure).","items":{"type":"object","additionalProperties":false,"required":["mention_start","observation"],"properties":{"mention_start":{"type":"integer","minimum":0,"description":"The start of the number's mention."},"observation":{"$ref":"observation.schema.json"},"headline":{"type":"boolean","const":true,"description":"Present when the figure stands on the text's headline, the line that repeats the source's title: a headline may round a count the body gives exactly (catalogue rounding headline_count)."}}}}}};

function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="extracted.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema58.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "file")) || (key0 === "metadata")) || (key0 === "sha256")) || (key0 === "bytes")) || (key0 === "text")) || (key0 === "mentions")) || (key0 === "figures"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.file !== undefined){
if(typeof data.file !== "string"){
const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate204(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data3 = data.sha256;
if(typeof data3 === "string"){
if(!pattern47.test(data3)){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.bytes !== undefined){
let data4 = data.bytes;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mentions !== undefined){
let data6 = data.mentions;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate208(data6[i0], {instancePath:instancePath+"/mentions/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.figures !== undefined){
let data8 = data.figures;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.mention_start === undefined){
const err10 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "mention_start"},message:"must have required property '"+"mention_start"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data9.observation === undefined){
const err11 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "observation"},message:"must have required property '"+"observation"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data9){
if(!(((key1 === "mention_start") || (key1 === "observation")) || (key1 === "headline"))){
const err12 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data9.mention_start !== undefined){
let data10 = data9.mention_start;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err13 = {instancePath:instancePath+"/figures/" + i1+"/mention_start",schemaPath:"#/properties/figures/items/properties/mention_start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err14 = {instancePath:instancePath+"/figures/" + i1+"/mention_start",schemaPath:"#/properties/figures/items/properties/mention_start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data9.observation !== undefined){
if(!(validate206(data9.observation, {instancePath:instancePath+"/figures/" + i1+"/observation",parentData:data9,parentDataProperty:"observation",rootData}))){
vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
errors = vErrors.length;
}
}
if(data9.headline !== undefined){
let data12 = data9.headline;
if(typeof data12 !== "boolean"){
const err15 = {instancePath:instancePath+"/figures/" + i1+"/headline",schemaPath:"#/properties/figures/items/properties/headline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(true !== data12){
const err16 = {instancePath:instancePath+"/figures/" + i1+"/headline",schemaPath:"#/properties/figures/items/properties/headline/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate213.errors = vErrors;
return errors === 0;
}

export const grammarWords = validate217;
const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"grammar-words.schema.json","title":"GrammarWords","description":"Words that tell the extract stage how a number relates to the words around it (pipeline/extract/grammar-words.json), independent of any indicator. Written folded and without clitics, as catalogue cues.","type":"object","additionalProperties":false,"required":["month_noun","month_titles","verb_adverbs","change_base_words","pair_comparisons","reporting","worldwide","bodies_acting_before","case_subjects","unit_back_references","past_being","year_nouns","exactly","the_number","remaining_verbs","plural_rates","distal_demonstratives","a_number_near","will_be","duration_openers","period_part_nouns","number_of","record_nouns","agent_participles","wanted_participles","judicial_bodies","partnership_nouns","interpreting_subjects","bilateral","multilateral","not_counted","count_of","generic_counted","part_markers","whole_markers","totals","change_of","pronouns_of_being","result_nouns","subtraction_results","they_are","verbs_with_min","pronoun_counts","relatives","explanatory_openers","reason_openers","amounting","in_it","topic_openers","back_references","count_back_references","back_reference_openings","similar","qualifier_verbs","negations","denials","measure_nouns","share_nouns","whole_name_nouns","comparison_fillers","base_comparisons","comparison_right_before","base_after_change","idioms","negated_being","negated_past_being","earlier_clause_openers","aside_openers","time_prepositions","results_of_period","other_topic_openers","exceeding_participles","demonstratives","thresholds","restating","itself","retractions","spoken_corrections","instead_of","concerning","remainder","trailing_qualifiers","series","transitions","differences","questions","presupposing_questions","confirmation_questions","knowing_verbs","result_prepositions","result_verbs","question_words","replies","recorded","respectively","in_a_row","succession","between","rate_openers","coordinated_rate_openers","comparatives","change_columns","continuations","hearsay","other_bodies","security_bodies","foreign_nationalities","place_units","local_places","local_unit_subjects","horizons","result_partitives","home_country","national_level","clause_openers","partner_marker_homographs","national_police","national_bodies","local_level","unit_cities","unit_heads","place_services","partner_markers","complementizers","media_nouns","credit_lines","series_labels","achievement_rates","doubting","targets","aims","reaching_nouns","target_thresholds","past_openers","relative_heads","result_phrases","writings","partner_bodies","several_partners","abroad","origin_participles","country_nouns","place_prepositions","territory_nouns","two_countries","party_nouns","career_nouns","partner_pronouns","place_back_references","contrasts","joining_conjunctions","time_conjunctions","hearsay_media","refuting_verbs","elatives","someone_says","genitive_particles","true_or_false","tally_nouns","tallies","still_at_large","held_participles","language_nouns","period_headers","forecasts","conditionals","conditional_answer_exceptions","same_kind","averages","yearly_adjectives","other_measures","mediterranean","summing_up","habitual_being","documents","recalling","then_and_now","per_year","ranked_after","together","regions","same_body","alone","post_nouns","spread_verbs","fraction_nouns","part_quantifiers","concerning_verbs","channel_words","title_nouns"],"properties":{"month_titles":{"$ref":"#/definitions/words","description":"Whole words of a title that say the text is a month's ('النشرة الشهرية'), compared as written (no clitics): the text is about a span shorter than any reference period, so a count without a period of its own is held back (title-span.ts). Not 'الأسبوع': 'ملف الأسبوع', 'أرقام الأسبوع' name a programme or a column."},"month_noun":{"$ref":"#/definitions/words","description":"'month' before a month's name in a title ('شهر يوليوز بالأرقام'): the text is about that month (title-span.ts)."},"verb_adverbs":{"$ref":"#/definitions/phrases","description":"Adverbs that may stand between a verb of exceeding and its number ('الذي فاق لأول مرة مائة موقوف'): the verb still bounds the number (more than 100)."},"change_base_words":{"$ref":"#/definitions/words","description":"Words that make the year a few words after them a change's base ('مقارنة مع 2022', 'عن 2022', 'قياسا بسنة 2022'): a parenthesis right after that year that compares two counts ('(87 أمرا بدل 106)') gives its first count the text's period, not the base's."},"pair_comparisons":{"$ref":"#/definitions/phrases","description":"Comparison words inside a parenthesis between a count and the one it is compared with ('(87 أمرا بدل 106)', '(5 مقابل 4)')."},"reporting":{"$ref":"#/definitions/words","description":"Verbs and prepositions of reporting right before another body's name ('وأشارت الشرطة البلجيكية إلى أن … تمثل طلباته 12 في المائة', 'حسب الشرطة الإسبانية'): a share the sentence gives is that body's statistic, not a share of the DGSN's figures, and is held back."},"worldwide":{"$ref":"#/definitions/phrases","description":"'worldwide' right after a number's noun ('زهاء 1700 شخص مطلوب عبر العالم'): a count of the whole world (Interpol's), not the DGSN's, and held back; not after a partner marker ('بتنسيق مع نظرائه عبر العالم')."},"bodies_acting_before":{"$ref":"#/definitions/phrases","description":"Bodies whose own counts a sentence gives when they act before the number ('ونسقت الأمانة العامة … 47 عملية أمنية': Interpol's General Secretariat), and which are the DGSN's partners when named after it ('عمليات … نسقتها الأمانة العامة للأنتربول') or after a partner marker ('بتنسيق مع')."},"case_subjects":{"$ref":"#/definitions/words","description":"Suspects and accused persons of one case, after 'في حق' (against) in a count's clause ('صدرت مذكرتا بحث دوليتان في حق مشتبه فيهما'): the count is that case's, not the year's figure of its kind, and is held back."},"unit_back_references":{"$ref":"#/definitions/words","description":"'the prefecture' said again, as whole words with their clitics ('فرقة مكافحة سرقة السيارات التابعة للولاية'): in a text that names a local unit (place_units), the unit named before, so the count is local."},"past_being":{"$ref":"#/definitions/words","description":"Forms of 'was/were' that, right before a compared number after a part and its whole ('76 شخصا، بينهم 41 مغربيا …، بعدما كانوا 97'), agree with either: the number may be the whole's or the part's, and is held back."},"year_nouns":{"$ref":"#/definitions/words","description":"Nouns of a year ('سنة', 'عام'): a number right after them is a year ('سنة 2022'), and they name the period a count or a change is placed in."},"exactly":{"$ref":"#/definitions/words","description":"Words saying a number is exact ('4677 بالتحديد'): a year is not said to be exact, so a number of four digits before them is a quantity."},"a_number_near":{"$ref":"#/definitions/words","description":"Nouns of 'a number' after a pronoun of being and before a bound ('وهو عدد يقترب من 420 موظفا تكونوا طيلة سنة 2020'): the bound compares the figure before with the number, which, named with a year of its own, is exact (folded, no clitics)."},"distal_demonstratives":{"$ref":"#/definitions/words","description":"'That' ('تلك', 'ذلك'): 'تلك السنة' is the year its sentence named last before it, compared or not ('صحيح أن المقارنة مع 2020 مغرية، … لكن تلك السنة لم تكن سنة عادية: فيها نزل عدد الأوامر الدولية إلى 63 أمرا'), as 'then' ('حينها') is (folded, clitics allowed)."},"plural_rates":{"$ref":"#/definitions/words","description":"Plural nouns of rates right before a percentage ('فالأرقام تقفز بنسب تفوق 30 في المائة أحيانا'): the rates of several counts, no one change or share, and unaccounted (folded; a prefix allowed, no ending: 'بنسبة' is one rate)."},"remaining_verbs":{"$ref":"#/definitions/words","description":"Verbs of remaining right before a bound ('لكنه يظل أقل من 11 شخصا سلموا سنة 2019', 'لكنه ما زال دون 960 موظفا سنة 2019'): the bound compares the figure before with the number, which, named with a year other than the text's, is exact (folded, no clitics)."},"the_number":{"$ref":"#/definitions/words","description":"'the figure', 'the number' right before a number ('كان الرقم 1940'): it is the figure's value, not a year."},"will_be":{"$ref":"#/definitions/words","description":"Forms of 'will be' that, with 'قد' after them, say what the totals have come to ('وبهذه الأرقام تكون حصيلة السنة قد بلغت …'): the sentence sums up, as 'وبذلك' does."},"duration_openers":{"$ref":"#/definitions/words","description":"Words before an indefinite plural of months or weeks with no number ('لمدة أسابيع', 'لعدة أشهر'): how long something else lasted, or how far away in time ('على بعد أشهر من', 'قبل أشهر'), not the span a figure is counted over."},"period_part_nouns":{"$ref":"#/definitions/words","description":"Nouns of a part of a year that a comparison may name after 'أكثر من' ('ست إنابات أكثر من النصف الأول من السنة الماضية'): the comparison is with a period's count."},"number_of":{"$ref":"#/definitions/words","description":"'the number of', and not 'the total of' (count_of has both): 'عدد هذه المذكرات' names the count of the previous sentence's figure; 'مجموع هذه المذكرات' is the total of its rows."},"record_nouns":{"$ref":"#/definitions/words","description":"Nouns a superlative names a record of ('أعلى رقم', 'أعلى مستوى'): a count called a record is not the base of a change."},"agent_participles":{"$ref":"#/definitions/words","description":"Participles whose 'من' names who acts, not where persons come from ('مطلوبين من الولايات المتحدة'): no country of origin."},"bilateral":{"$ref":"#/definitions/words","description":"'Bilateral' ('المبادلات الثنائية شملت 2063 ملفا'): right before a count, what it counts is one partner's part."},"multilateral":{"$ref":"#/definitions/words","description":"'Multilateral': with it in the clause ('التعاون الثنائي والمتعدد الأطراف'), 'bilateral' names no one partner."},"interpreting_subjects":{"$ref":"#/definitions/words","description":"Subjects of a question that asks what stated figures mean ('…، هل نحن أمام طفرة؟'), as 'هل هو رقم قياسي؟' does: the figures before it are stated."},"partnership_nouns":{"$ref":"#/definitions/words","description":"Nouns of working together ('التعاون مع إسبانيا'): with 'مع' before a partner, the partner is the subject a share is told of ('ويمثل التعاون مع إسبانيا وحدها … 29 في المائة')."},"wanted_participles":{"$ref":"#/definitions/words","description":"Participles saying persons are wanted ('مطلوبين'، 'مبحوث عنهم'): by whom they are wanted follows."},"judicial_bodies":{"$ref":"#/definitions/words","description":"Judiciary and authorities a nationality after them makes one partner's ('من طرف القضاء الموريتاني'، 'للسلطات القضائية البلجيكية'): the persons they want are that partner's part."},"not_counted":{"$ref":"#/definitions/words","description":"Prepositions, particles and verbs that may follow a number in place of its counted noun ('بلغ عدد الإنابات 143 خلال السنة'): the counted noun is then looked for before the number."},"count_of":{"$ref":"#/definitions/words","description":"Nouns meaning 'the number of' ('عدد', 'مجموع'): the word after them names what a number without a counted noun counts."},"part_markers":{"$ref":"#/definitions/words","description":"'of which / of whom' ('منها', 'من بينهم'): a number after them that names no counted noun of its own counts what the previous figure of its sentence counts."},"result_nouns":{"$ref":"#/definitions/words","description":"Nouns of a period's result after 'هو' in the clause right after a restated difference ('الفرق، أي 3795 ملفا، هو حصيلة النصف الثاني'): the difference is that period's count, worked out from the year and its other part (pipeline/extract/transition.ts); before a colon, the list of a report's results, of the report's period rather than of a section's month ('دجنبر 2020⏎في 29 دجنبر، نشرت المديرية حصيلتها: 3950 ملفا'; read-sentence.ts); after a verb of nearing, its measure ('لتناهز الحصيلة السنوية 6 آلاف ملف': about 6,000; verb-qualifier.ts)."},"subtraction_results":{"$ref":"#/definitions/words","description":"Verbs giving what is left after a subtraction ('فيبقى 16 للنصف الثاني', 'نحصل على 72 في النصف الثاني'): a number after one with no noun of its own counts what the count before it counts, in the period its own clause names (pipeline/extract/count-continuation.ts)."},"pronouns_of_being":{"$ref":"#/definitions/words","description":"Pronouns right after a number that say what it is: '3104⏎هو عدد الملفات' (3104: it is the number of files)."},"they_are":{"$ref":"#/definitions/words","description":"Plural pronouns alone before a number that say it counts what the clause before names: 'عدد المغاربة الذين أوقفوا خارج أرض الوطن، وهم 34 مواطنا'."},"change_of":{"$ref":"#/definitions/words","description":"Prepositions right after a change's percentage that name what changed ('تراجع بـ12% في ملفات التعاون': a fall of 12% in the cooperation files)."},"totals":{"$ref":"#/definitions/words","description":"Words naming a total ('أي ما مجموعه 84 أمرا'): a compared count added up with the one before it may be the other part of the same year."},"whole_markers":{"$ref":"#/definitions/words","description":"Words right before a number that make it the whole a part named before belongs to ('ويأتي هؤلاء ضمن 88 شخصا': these are among 88 persons; 'تسلم المغرب 8 أشخاص …، من أصل 27 شخصا طيلة 2023': out of 27), not a part. Such a whole that names its own period and counts persons, or what the part's indicator counts, is that indicator's count for its period."},"verbs_with_min":{"$ref":"#/definitions/words","description":"Verbs whose object takes 'من' ('استفاد منها 640 موظفا', 'benefited from them'; 'قنوات الأنتربول، التي مر منها ألف و190 طلب معلومات', 'passed through them'): 'منها' right after them is no 'of which'."},"generic_counted":{"$ref":"#/definitions/words","description":"Counted nouns that say only 'persons' ('شخص', 'أشخاص'): after 'عدد' and a noun an indicator counts before the number ('بلغ عدد المغاربة الموقوفين بالخارج 54 شخصا'), that noun says what is counted."},"pronoun_counts":{"$ref":"#/definitions/words","description":"'their number' ('عددها', 'عددهم'), or a feminine verb agreeing with a plural named before ('والإنابات القضائية الدولية، فقد بلغت 171'): the counted noun is the one the sentence named before the clause ('وفي ما يخص الأوامر الدولية، فقد بلغ عددها 98')."},"reason_openers":{"$ref":"#/definitions/words","description":"Words opening a clause that gives the reason or the evidence for the clause before ('إذ', 'حيث'): after a forecast, such a clause with no forecast of its own tells what happened ('… وإلى الرفع من وتيرة التكوين، إذ استفاد 860 موظفا …') (folded, clitics allowed)."},"explanatory_openers":{"$ref":"#/definitions/words","description":"Words opening a clause that says how much of what the clause before named ('ارتفع عدد المبحوث عنهم الموقوفين، إذ بلغ 156 شخصا'), or what it led to ('ونشر 106 أوامر دولية بإلقاء القبض، مكنت من توقيف 119 شخصا'): the number's clause is read with the words of the clause before it."},"in_it":{"$ref":"#/definitions/words","description":"'In it' right before a number ('كنا نعتبر سنة 2016 سنة جيدة، وقد عالجنا فيها 2950 ملفا'): the number is of the period the clause before names."},"amounting":{"$ref":"#/definitions/words","description":"'البالغ' (amounting to) opening a clause: its number is the amount of what the clause before named, in that clause's period ('ما عالجه القطب طوال سنة 2018، والبالغ 4.060 ملفا')."},"relatives":{"$ref":"#/definitions/words","description":"Relative and temporal words ('التي', 'الذي', 'حين'): a clause they open describes what the previous clause ended on, and takes its period ('مقارنة مع سنة 2016، التي شهدت معالجة 2950 ملفا')."},"topic_openers":{"$ref":"#/definitions/phrases","description":"Phrases that open a clause naming the topic of the next ('وعلى مستوى مذكرات إيقاف سريان الأبحاث الدولية، سجلت الحصيلة 2287 مذكرة'; 'فيما يخص …'، 'أما …'): the words of that clause are read with the next clause's cues."},"back_references":{"$ref":"#/definitions/words","description":"Nouns that refer back to the figure of the previous sentence ('هذا الرقم', and 'نسبة التطور' under a list's line): a change in a sentence that names no count of its own is a change of that figure."},"count_back_references":{"$ref":"#/definitions/words","description":"Nouns that make a count with no noun of its own a figure of what the count before it counts ('قبل سنة واحدة كان الرقم 5800' after 6312 files)."},"back_reference_openings":{"$ref":"#/definitions/words","description":"Demonstratives, pronouns and words of consequence that open a sentence referring back to the previous sentence's figure ('هذا يمثل زيادة بـ10 في المائة', 'وهو ما يمثل ارتفاعا', 'أي بزيادة 68 في المائة خلال أربع سنوات', 'بمعنى أن حجم العمل ارتفع بنحو 60 في المائة'): a change in it that names no count of its own is a change of that figure."},"similar":{"$ref":"#/definitions/words","description":"Adjectives meaning 'similar' ('مذكرة مماثلة'): a count so qualified is of the same kind as the previous count of its sentence, in the scope its own clause names ('2169 مذكرة لإيقاف سريان الأبحاث الدولية و347 مذكرة مماثلة على الصعيد العربي')."},"qualifier_verbs":{"type":"object","additionalProperties":false,"required":["gt","approx"],"description":"Verbs that qualify a number said of a measure before it ('تجاوز عددها ستة آلاف' is more than 6,000; 'ناهزت نسبتها 14 في المائة' about 14). A verb right before the number is the recognizer's (pipeline/arabic/lexicon/qualifiers.json).","properties":{"gt":{"$ref":"#/definitions/words"},"approx":{"$ref":"#/definitions/words"}}},"negations":{"$ref":"#/definitions/words","description":"'لم', 'لا': before a 'more than' verb, it makes the number a maximum ('لم تتجاوز نسبتها 18 في المائة' is at most 18)."},"denials":{"$ref":"#/definitions/words","description":"'not' opening a clause after a comma that names a period ('الرقم 2950 هو حصيلة سنة 2016، لا حصيلة سنة 2017', 'وليس سنة 2017'): the sentence says which period a figure is not of; the period it opens on is its own, not a heading or an opening of the sentences after it (pipeline/extract/denied-period.ts)."},"whole_name_nouns":{"$ref":"#/definitions/words","description":"Nouns a category is coordinated with by 'و' in the name of the whole ('الملفات وطلبات المعلومات', 'ملف وطلب معلومات'): the category's cue there names no category."},"share_nouns":{"$ref":"#/definitions/words","description":"A share's nouns ('حصة', 'نسبة', 'نصيب'): the subject of a change verb whose 'إلى' gives the level the share reached ('ارتفعت حصة التكوين الحضوري إلى 75 في المائة'), not a change's size; with the pronoun of whose share right before a count ('فإن نصيبها يناهز 2020 ملفا'), one part's count, not the whole's (pipeline/extract/count-aside.ts)"},"measure_nouns":{"$ref":"#/definitions/words","description":"The measure a qualifier verb is said of, right after the verb ('عدد', 'نسبة', 'مجموع'; a change: 'وتتجاوز الزيادة 40 في المائة' is more than 40)"},"thresholds":{"$ref":"#/definitions/words","description":"'Threshold' ('عتبة', 'حاجز', 'سقف') right before a number: a qualifier verb earlier in its sentence governs it across clauses ('تخطى عدد الملفات …، خلال السنة، عتبة 6 آلاف ملف' is more than 6,000)."},"demonstratives":{"$ref":"#/definitions/words","description":"'These', 'this', 'that' between 'عدد' and its noun ('عدد هؤلاء المغاربة 33'): the noun after them is what is counted."},"base_comparisons":{"$ref":"#/definitions/words","description":"Words after a percentage change that name its base ('مقارنة بسنة 2023', 'قياسا بما قبل الجائحة'): a change compared with words the reading takes for no period nor count is held back, not read against the year before."},"comparison_right_before":{"$ref":"#/definitions/words","description":"Words that make the number right after them a compared figure, only there ('بعد 118 في 2020': after 118 in 2020); further away they are no comparison ('بعد رفع القيود عالجت …')."},"base_after_change":{"$ref":"#/definitions/words","description":"Words that, right after a change's percentage, make the count after them the change's base ('بزيادة 5% عن 5800 ملف السنة الماضية': 5% more than 5800 files the previous year)."},"idioms":{"$ref":"#/definitions/phrases","description":"Two-word phrases whose first word looks like a counted noun and is not one ('الأمر ذاته', the same goes; 'الأمر نفسه'): a pronoun ('عددهم') or a label does not refer to it."},"negated_being":{"$ref":"#/definitions/words","description":"Forms of 'to be' that, after a negation, negate a verb of exceeding further on ('لم يكن عدد الملفات التي نعالجها يتجاوز 900 ملف': at most 900)."},"negated_past_being":{"$ref":"#/definitions/words","description":"Past forms of 'to be' that 'ما' negates ('ما كان يتعدى 1180 ملفا': at most 1180); 'ما' alone before a verb of exceeding is 'what' ('ما يتجاوز 3000 ملف': more than 3000). Opening a parenthesis before a number, they recall the value of the period named before it ('مقارنة مع النصف الثاني من 2015 (كانت 1455)'; Darija 'كانو')."},"earlier_clause_openers":{"$ref":"#/definitions/words","description":"Words opening a clause about an earlier period ('بعدما اقتصر هذا النوع من العمليات سنة 2021 على فرنسا وإسبانيا، بثلاث عمليات'): a number opening the next clause, with nothing before it, is of the year that clause names."},"aside_openers":{"$ref":"#/definitions/words","description":"Prepositions opening an aside between commas before a sentence's first figure ('كانت قد أعلنت، في حصيلتها السنوية برسم سنة 2024، عن معالجة 7215 ملفا'): when the aside names results (results_of_period), its period is the sentence's, however far into it the period stands (opening.ts setOffPeriod); and, of time or of partners ('أعادت المصالح الأمنية المغربية، بتنسيق مع نظيراتها الأجنبية، 22 شخصا'), an aside the verb before it reaches over to its number (antecedent-clauses.ts clauseBeforeAside)."},"time_prepositions":{"$ref":"#/definitions/words","description":"Prepositions of time ('في', 'خلال', 'منذ', 'برسم'), alone or after و or ف: four digits right after one are a year whatever noun follows on the line ('ويلفت الانتباه أن 47 من الموقوفين في 2018 مواطنون مغاربة'; pipeline/extract/years.ts). Matched whole: 'فيها' (in it) before a count is none."},"results_of_period":{"$ref":"#/definitions/words","description":"Words that make an aside name the period of the results ('في حصيلتها السنوية برسم سنة 2024'), not the date of something else ('في بلاغ صدر سنة 2023'): only such an aside gives its period to the sentence after it (aside_openers)."},"exceeding_participles":{"$ref":"#/definitions/words","description":"Participles of exceeding ('متجاوزة حتى سنة 2022 التي سجلت 106 أوامر'): a count after a change that its subject exceeds is a record compared, not the change's base."},"other_topic_openers":{"$ref":"#/definitions/phrases","description":"Phrases opening a sentence on another topic ('وعلى صعيد آخر، أفادت المديرية بأن مصالحها أوقفت … 1740 شخصا في قضايا العنف'): its counts recall no figure of the sentences before it."},"comparison_fillers":{"$ref":"#/definitions/words","description":"Words that may stand between a comparison word and its number without counting towards how close it must be ('بعدما كان العدد سنة 2022 قد بلغ 119 شخصا'): the verb 'to be', 'قد', 'the number', the period's words, a demonstrative and 'على' ('بعدما اقتصرت هذه المشاركة على عمليتين'; a year in digits is skipped too)."},"restating":{"$ref":"#/definitions/words","description":"'precisely', 'that is' ('بالتحديد', 'أي'): a number right after them with no indicator of its own restates the previous figure of its sentence ('فاق 140 شخصا، إذ بلغ بالتحديد 148 شخصا')."},"itself":{"$ref":"#/definitions/words","description":"'itself', 'the same' after a noun ('العدد نفسه', 'الرقم ذاته'): a clause naming 'the same number' speaks of the figure before it again, not of a total of its own ('وهو العدد نفسه المسجل في …، أي 84 إنابة')."},"retractions":{"$ref":"#/definitions/words","description":"'the correct (figure) is' ('والصحيح هو', 'والصواب'), 'corrected' ('قبل أن يصحح مقدم البرنامج الرقم', 'فاستدرك المقدم'): in a correction, the figures of the sentence before such a word are the ones it withdraws; they are ignored, with the reason."},"spoken_corrections":{"$ref":"#/definitions/phrases","description":"A speaker's words that correct the number just said ('عفوا', 'أقصد', 'بالأحرى', the Darija 'سمح ليا'): the number right after them replaces the last number before them, which is withdrawn ('3450 مذكرة بحث، عفوا، 3540') (folded, clitics allowed)."},"instead_of":{"$ref":"#/definitions/phrases","description":"'instead of' right before a number after a word of correction ('ويصحح … عدد إعلانات البحث: 344 إعلانا بدل 434', 'والصحيح 59 وليس 95'): the number is the value the correction replaces, withdrawn as the figures before the correction's word are (retractions)."},"concerning":{"$ref":"#/definitions/words","description":"'concerning, about' right after a count's noun ('عالج المكتب 23 ملفا تتعلق بنقل أطفال نحو الخارج'): the count is of one kind of what the noun names, not of all of it; unless the words after it are the indicator's own ('ملفا تتعلق بالتعاون الأمني الدولي') or its cues name the kind ('ملف يتعلق بسيارات مسروقة'), it is unaccounted (pipeline/extract/about-kind.ts)."},"remainder":{"$ref":"#/definitions/words","description":"'the rest, the remaining' ('والباقي، أي 112 إنابة'، 'الإنابات الـ72 الباقية'، 'أما النسبة المتبقية، أي 15 في المائة، فتوزعت على قضايا متفرقة'): a count so named is what is left of a whole after its part, which no indicator counts; a share so named takes the category the words after it name, up to its sentence's end (pipeline/extract/remainder.ts)."},"trailing_qualifiers":{"type":"object","additionalProperties":false,"required":["approx","gt","gte","lte"],"description":"Words that qualify a number from after it, right after the number or its counted noun ('16٪ تقريبا', '74 شخصا على الأقل', 'عشرة في المائة ونيفا': more than ten; Darija 'زوج في المية وشوية', two and a bit; 'ثلاثة في المائة وكسور'); a phrase is written as words separated by one space.","properties":{"approx":{"$ref":"#/definitions/phrases"},"gt":{"$ref":"#/definitions/phrases"},"gte":{"$ref":"#/definitions/phrases"},"lte":{"$ref":"#/definitions/phrases"}}},"series":{"type":"object","additionalProperties":false,"required":["joiners","clause_openers"],"description":"A series of counts, one per period, with the noun said once ('مقابل 4060 سنة 2018 و3380 سنة 2017'; count-series.ts): a count with no noun of its own goes on from the one before it when these words join them.","properties":{"joiners":{"$ref":"#/definitions/words","description":"Words that join the counts, besides the و written on the number ('و3380'); 'إلى' after a verb of change ('41 في 2020، قبل أن يرتفع إلى 62 في 2021'). Matched as written (folded), without clitics."},"clause_openers":{"$ref":"#/definitions/words","description":"Words opening a clause that goes on in time from the one before it, before a verb of change and a word of the level reached ('، ثم صعد إلى 104 سنة 2021', '، قبل أن يبلغ 97 سنة 2019'). Matched without a conjunction."}}},"transitions":{"type":"object","additionalProperties":false,"required":["words","from","to","then","after_ends","rate_after_ends"],"description":"A change told by its two ends ('انتقل عدد الأوامر من 49 إلى 57 أمرا', 'ارتفع من 2710 إلى 2954 ملفا'): after one of `words`, a number after `from` and before `to` is the earlier end (the base period), the number after `to` the later one. Without such a word, 'من 49 إلى 57' may be a range, and is not read as a change.","properties":{"words":{"$ref":"#/definitions/words","description":"Verbs and nouns of change or movement ('انتقل', 'ارتفع', 'تراجع', 'ارتفاع')."},"from":{"$ref":"#/definitions/words","description":"'from' ('من')."},"to":{"$ref":"#/definitions/words","description":"'to' ('إلى')."},"rate_after_ends":{"$ref":"#/definitions/words","description":"The noun of a rate, which says the same after 'أي' only: 'من 87 إلى 112 أمرا، أي بنسبة 29 في المائة' (not 'من 400 إلى 500 ملف بنسبة إنجاز مرتفعة')."},"after_ends":{"$ref":"#/definitions/words","description":"Nouns of change that, right after the later end, say that the two numbers are a change's ends, not a range, with no word of change before them: 'من 1450 إلى 1620، بزيادة تقارب 12 في المائة' ('أي بنسبة …' too)."},"then":{"$ref":"#/definitions/words","description":"'then' ('ثم'): a change told in several steps ('من 76 إلى 104 ثم إلى 119'), whose ends' periods the two-end reading cannot tell."}}},"differences":{"type":"object","additionalProperties":false,"required":["words","levels","after","rest_of_whole","amount_nouns"],"description":"A count that is the amount of a change, not a level ('بزيادة 1120 ملفا', 'ارتفاعا بـ12 إنابة', '1120 ملفا إضافيا'): the catalogue tracks no such difference, so it is not read as the indicator's count. A word of `levels` between the change word and the number makes it the new level ('ارتفع إلى 5800', 'ارتفع ليبلغ 5800').","properties":{"words":{"$ref":"#/definitions/words","description":"Change nouns and verbs ('زيادة', 'ارتفاع', 'تراجع', 'فارق')."},"levels":{"$ref":"#/definitions/words","description":"Words introducing the new level ('إلى', 'بلغ', 'وصل', 'استقر عند')."},"after":{"$ref":"#/definitions/words","description":"Adjectives after the counted noun that make it an amount ('إضافيا')."},"amount_nouns":{"$ref":"#/definitions/words","description":"Nouns naming an amount of change, which a level's verb after them gives ('الفرق بين النصفين في عدد الملفات بلغ 375 ملفا'): the number is the amount, not a level."},"rest_of_whole":{"$ref":"#/definitions/words","description":"Words of `words` that, before a count whose clause names a part of a year, give what the whole leaves for that part, a level, not a change ('منها 3104 في النصف الأول. الفرق إذن 3208 ملفات في النصف الثاني')."}}},"questions":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Marks ending a question ('؟', '?'): the figures of a question are asked, not stated, and are held back."},"confirmation_questions":{"$ref":"#/definitions/phrases","description":"A question alone after a statement on its line that asks whether it is true ('عندي هنا رقم كيقول بلي الأوامر … وصلات 119. صحيح؟', 'هل هذا صحيح؟', 'أليس كذلك؟'): the statement's figures are put to someone to confirm, not stated (pipeline/extract/not-stated.ts)."},"presupposing_questions":{"$ref":"#/definitions/phrases","description":"Questions that assert what they ask about ('أليست 64 إنابة في ستة أشهر دليلا على …؟', 'وماذا عن 44 أمرا دوليا …؟', 'ومن يتذكر أن المكتب عمم ما يناهز 1480 مذكرة؟', 'هل تعلم أن …؟'; a question why, 'لماذا عاد عدد الملفات إلى الارتفاع، بما يناهز 4700 ملف، بعد تراجع سنة 2020؟'): a figure after one in its question is stated. 'هل يعقل أن …' may doubt what follows: it is not one."},"result_verbs":{"$ref":"#/definitions/words","description":"Verbs of result ('أسفرت', 'أفضت', 'مكنت'): with a result preposition and an action noun they open a clause whose count the sentence's figure before led to ('66 أمرا دوليا …، أفضت إلى توقيف 74 شخصا')."},"result_prepositions":{"$ref":"#/definitions/words","description":"Prepositions after a verb of outcome ('أسفرت عن', 'مكنت من', 'أدت إلى'): a number right after the verb, its preposition and an action noun, in the clause of the figure before it with no mark between them ('61 أمرا أسفرت عن توقيف 74 مطلوبا'), is read with those three words."},"knowing_verbs":{"$ref":"#/definitions/words","description":"Verbs of knowing ('يعلم', 'يعرف', 'يدرك'): a question whether someone knows that something is ('هل يعلم من يصف الحصيلة بالدعاية أن 22 شخصا استقدموا …؟') takes it as true, and the figures after its 'أن' are stated. Not verbs of believing ('من يصدق أن …؟'), which may doubt."},"question_words":{"$ref":"#/definitions/words","description":"Words asking a question ('هل', 'كيف', 'كم'): words before two dots with one of them are part of the question ('هل يعقل أن تعالج 7000 ملف.. دون موارد؟'); without one, a headline's statement before its question ('2950 ملفا في سنة واحدة.. كيف صار …؟')."},"recorded":{"$ref":"#/definitions/words","description":"Participles of a figure recorded for a period ('المسجلة سنة 2024'): after the noun of a number a verb of exceeding governs, the verb compares its subject with that figure, which is exact ('رقم قياسي يتجاوز 7215 ملفا المسجلة سنة 2024')."},"replies":{"$ref":"#/definitions/words","description":"Words that answer a question on a line of their own ('نعم.', 'طبعا.'): the answer's figures after them still read with the question's words."},"in_a_row":{"$ref":"#/definitions/words","description":"Words of time and ordinals that make 'على التوالي' mean 'in a row', not 'respectively', among the three words before it ('للسنة الثالثة على التوالي', 'للمرة الثانية على التوالي', 'ثالث ارتفاع على التوالي')."},"comparatives":{"type":"object","additionalProperties":false,"required":["increase","decrease"],"description":"Comparatives that, right before 'بنسبة' or 'بـ' and a percentage, make it a change ('هذا أعلى بنسبة 11 في المائة من النصف الأول', 'أدنى بـ10 في المائة من النصف الثاني لسنة 2019'); alone before a percentage they name a rank ('أعلى نسبة'), no change.","properties":{"increase":{"$ref":"#/definitions/words"},"decrease":{"$ref":"#/definitions/words"}}},"rate_openers":{"$ref":"#/definitions/words","description":"Words opening a clause that gives only the rate of a change told in the clause before ('سجلت الأوامر أقوى ارتفاع، بنسبة 17 في المائة'): the percentage takes that clause's change word (pipeline/extract/change-direction.ts)."},"coordinated_rate_openers":{"$ref":"#/definitions/words","description":"'and a rate of' without 'بـ' ('ونسبة'), right after a change's amount and its noun ('أي بزيادة 316 ملفا ونسبة 10,2 في المائة'): the percentage is that change's rate. Not opening a clause, where 'ونسبة 22 في المائة منها' is a share (pipeline/extract/change-direction.ts)."},"between":{"$ref":"#/definitions/words","description":"'between' before the two periods of a change told by its ends ('من 79 إلى 88 بين 2014 و2016'): the earlier end takes the first, the later end the second (pipeline/extract/transition.ts)."},"succession":{"$ref":"#/definitions/words","description":"Words between the values of one label for several periods in order ('الأوامر الدولية بإلقاء القبض: 48 ثم 53'): a line above naming the periods in that order gives each its period (pipeline/extract/succession-lines.ts)."},"respectively":{"$ref":"#/definitions/words","description":"'respectively' ('على التوالي'): coordinated figures take coordinated years in order (pipeline/extract/respectively.ts)."},"change_columns":{"$ref":"#/definitions/words","description":"Words of a table's header cell naming the change between its period columns ('التغير (%)', 'التطور', 'الفارق'): a number in that column is the change of the row's count from the first period to the last (pipeline/extract/tables.ts)."},"continuations":{"$ref":"#/definitions/words","description":"Words that open a sentence continuing the one before it ('كما نفذت المصالح الأمنية أربع عمليات'): a sentence that opens with one and names no period takes the period the previous sentence of its paragraph opened with (pipeline/extract/opening.ts)."},"other_bodies":{"$ref":"#/definitions/phrases","description":"Names of another body than the DGSN's national services, or of a local unit of them (the Royal Gendarmerie, customs, a foreign police, a security prefecture, regional or provincial services; a person's own office, 'في مكتبي وحده تابعت هذه السنة ستة ملفات تسليم'; another country's police by its own name, 'مديرية الأمن العام', 'إدارة الشرطة الدولية'; the services of a port or an airport are local_places): a count whose clause names one is that body's figure, not the national figure an indicator tracks, and is held back."},"security_bodies":{"$ref":"#/definitions/phrases","description":"Nouns of a police or security body without its country ('الشرطة'، 'وزارة الداخلية'، 'الأمن العام'): followed by a foreign nationality ('الشرطة الأردنية'، 'وزارة الداخلية القطرية'؛ foreign_nationalities), another country's body, as other_bodies (folded)."},"foreign_nationalities":{"$ref":"#/definitions/words","description":"Adjectives of nationality other than Moroccan, masculine and folded ('اردني'; the feminine 'اردنيه' is matched too): after one of security_bodies, they name another country's body."},"national_level":{"$ref":"#/definitions/phrases","description":"Phrases saying a figure is the nation's ('على الصعيد الوطني'): in the number's clause before it they outweigh a local unit or another body named earlier in the sentence ('جرى على مستوى الجهة تنفيذ 9 مذكرات …، في وقت عممت فيه المديرية على الصعيد الوطني 1265 مذكرة')."},"partner_marker_homographs":{"$ref":"#/definitions/words","description":"Folded words that look like a partner marker with a clitic but are mostly other words: 'اليه' is 'إليه' (to it) and 'آلية' (a mechanism: 'وأعلنت آلية «أفريبول» أن …', the body acting). Compared as folded whole words; not a partner marker before a body's name (other-body.ts)."},"clause_openers":{"$ref":"#/definitions/words","description":"Words besides the relatives that open a new clause between two figures with no mark between them ('بعدما', 'بينما'): '… بانخفاض يقارب 5 في المائة بينما ارتفعت مذكرات توقيف سريان الأبحاث الدولية إلى 2312 مذكرة' gives 2312 the words from 'بينما'; so does a verb of purpose ('ليستقر', 'ليصل'): '… يضيف الربع الأخير 1925 ملفا ليستقر المجموع السنوي عند 7215 ملفا' gives 'المجموع السنوي' to 7215, not to 1925 (clauses.ts)."},"national_police":{"$ref":"#/definitions/phrases","description":"The national police and its national services ('المديرية العامة', 'الأمن الوطني', 'المكتب المركزي الوطني', 'قطب التعاون'): a title naming one reports the nation's results, not a local unit's; in a text on a local unit's results, a sentence naming one (or national_bodies, national_level) turns to the nation's figures (local-report.ts)."},"national_bodies":{"$ref":"#/definitions/phrases","description":"Other words that say a sentence gives the nation's figures ('المكتب ذاته', 'السلطات المغربية', 'الحصيلة الوطنية', 'معطيات وطنية'): in a text on a local unit's results (its title names the unit: 'أمن البيضاء يكشف حصيلة 2024'), a count is the nation's only from a sentence that names one of these, national_police or national_level; before, it may be the unit's, and is held back."},"unit_cities":{"$ref":"#/definitions/phrases","description":"Cities a local security unit is named by, folded without the article ('طنجه', 'دار بيضاء'): after a service named without the article in a text's title ('أمن البيضاء يكشف حصيلة 2024'), the unit whose results the text reports (local-report.ts)."},"unit_heads":{"$ref":"#/definitions/words","description":"The head of a unit ('رئيس', 'والي'): a title opening on the head of a local unit ('رئيس المنطقة الإقليمية للأمن بتارودانت: …') reports that unit's results (local-report.ts)."},"local_level":{"$ref":"#/definitions/phrases","description":"Phrases saying figures are a local unit's ('محليا', 'على المستوى الجهوي'): in a text on a local unit's results that turned to the nation's figures (national_bodies), a sentence naming one of these, or the unit's place, turns back to the unit's."},"place_units":{"$ref":"#/definitions/phrases","description":"Local units named by their place ('ولاية أمن الدار البيضاء', 'أمن إقليم الناظور'): the word after one names, anywhere in the text, the place of that unit, and a count whose clause says it was made there ('ومن بين الموقوفين بالدار البيضاء 6 أجانب') is the unit's, held back as other_bodies' are."},"home_country":{"$ref":"#/definitions/words","description":"Names of Morocco ('المغرب', 'المملكة'): after a place of local_places they make it all of them, national ('بموانئ المملكة'), not a local unit's."},"local_places":{"$ref":"#/definitions/words","description":"Places whose services are a local unit ('ميناء', 'مطار'), right after a word of place_services ('المصالح الأمنية بميناء طنجة المتوسط', 'مصالح الأمن بمطار محمد الخامس'): a count of their clause is held back as other_bodies' are. A port named alone ('حجز 52 سيارة بميناء طنجة المتوسط') is where a national figure was made."},"local_unit_subjects":{"$ref":"#/definitions/words","description":"Nouns of a local administrative unit with the article ('الإقليم', 'العمالة', 'الجهة'), as the subject right after 'that' (complementizers) in a count's clause ('مشيرا إلى أن الإقليم تلقى خلال الفترة نفسها 7 إنابات قضائية دولية'): the count is that unit's, held back as other_bodies' are (folded)."},"result_partitives":{"$ref":"#/definitions/words","description":"Definite nouns of the persons an action counted ('الموقوفين', 'المسلمين'): right after a number and 'من' ('6 من الموقوفين تم ضبطهم بمدن العيون والداخلة'), they make it some of them, a part of the count, not the count (folded)."},"horizons":{"$ref":"#/definitions/words","description":"Nouns of a horizon ('أفق'): within a few words after a number ('رفع عدد المستفيدين … إلى 1000 موظف في أفق 2020'), they make it a target for that horizon, not a result (folded, clitics allowed)."},"place_services":{"$ref":"#/definitions/words","description":"Words of services ('مصالح', 'شرطة', 'أمن') that make a local_places word a local unit's."},"media_nouns":{"$ref":"#/definitions/words","description":"Nouns of the press and the media ('الصحف الجهوية', 'المواقع الإقليمية'): a regional or local adjective after one qualifies the outlets that report, not a body whose figure it is."},"series_labels":{"$ref":"#/definitions/words","description":"Nouns of one of a numbered series ('الصورة 1 من 4', 'الحلقة 3 من 10', 'الصفحة 2 من 5'): the number after one and the number of the series after 'من' are set aside (layout.ts), no figures."},"credit_lines":{"$ref":"#/definitions/words","description":"The first word of a chart's or a card's credit line ('المصدر: المديرية العامة للأمن الوطني'): under a block of labels and numbers, it is neither (folded, clitics allowed)."},"aims":{"$ref":"#/definitions/words","description":"Words of an aim opening a sentence ('الأولوية هي رفع عدد المستفيدين من التكوين إلى أزيد من ألف موظف', 'نطمح إلى'): a number right after 'إلى' in that sentence is aimed at, not a result (pipeline/extract/not-stated.ts)."},"targets":{"$ref":"#/definitions/words","description":"Words that make the number next to them a target, not a result: 'هدف' right before it ('بعيدا عن هدف 4800 ملف'), 'مستهدف' right after it or its noun ('من أصل 7000 مستهدفة'; folded, clitics allowed)."},"reaching_nouns":{"$ref":"#/definitions/words","description":"The verbal noun of reaching: right before a number, or before a target word and the number ('لبلوغ 1500 مستفيد'، 'إلى بلوغ عتبة 8 آلاف ملف'، 'إن بلوغ 150 إنابة … سيكون'), it names an aim or a hope; a stated count takes the verb ('بلغ') (folded, clitics allowed)."},"result_phrases":{"$ref":"#/definitions/phrases","description":"Words that refer back to what led to the count in their clause ('ونشر 106 أوامر دولية بإلقاء القبض، تم على إثرها توقيف 119 شخصا'، 'بموجبها'): the clause of the count before says what it followed (folded, clitics allowed)."},"relative_heads":{"$ref":"#/definitions/words","description":"Nouns that, with the article and a relative right after them, stand for 'which' and name nothing counted: 'الأمر الذي يمثل ارتفاعا بنحو 6 في المائة' (not a warrant) (folded, clitics allowed)."},"past_openers":{"$ref":"#/definitions/phrases","description":"Words opening a clause of what had happened before ('بعدما'، 'بعد أن'): a forecast before such a clause does not reach the numbers in it ('تطمح المديرية إلى … ألفي موظف خلال سنة 2025، بعدما بلغ 1620 موظفا في 2024') (folded, clitics allowed)."},"target_thresholds":{"$ref":"#/definitions/words","description":"Words of a threshold between the noun of reaching and its number ('بلوغ عتبة 8 آلاف ملف'، 'تجاوز حاجز'); see reaching_nouns (folded, clitics allowed)."},"doubting":{"$ref":"#/definitions/words","description":"Words that doubt a figure or say where it was heard ('صحيح'، 'دقيق'، 'رسمي'، 'قرأت'، 'تحدثت'): a figure before a question about it ('2610 ملفات في سنة، هل هو رقم قياسي؟') is stated, unless its sentence has one (folded, affixes allowed)."},"achievement_rates":{"$ref":"#/definitions/phrases","description":"Names of a result measured against its target ('نسبة الإنجاز', 'معدل تحقيق الأهداف'): a percentage after one in its clause is that rate, no change nor share an indicator tracks."},"writings":{"$ref":"#/definitions/words","description":"Nouns of a writing with chapters ('الدراسة', 'الكتاب', 'التقرير'): 'الفصل الثالث من الدراسة' is a chapter, not the third quarter (with documents; folded)."},"complementizers":{"$ref":"#/definitions/words","description":"'That', opening a reported clause ('مشيرة إلى أن الدرك الملكي عالج 600 ملف'): a partner marker before it governs the reporting verb, and the body named after it is the clause's subject, not a partner (folded, compared whole)."},"partner_markers":{"$ref":"#/definitions/words","description":"Words that make another body a partner of the DGSN's action or the issuer of what it acts on, not its author ('بتنسيق مع الشرطة الإسبانية', 'لفائدة السلطات', 'أوامر صادرة عن النيابات العامة', 'بطلب من وزارة العدل'): a body named right after one does not hold the figure back."},"partner_bodies":{"$ref":"#/definitions/phrases","description":"Foreign or international bodies the DGSN works with that are not a country ('الاتحاد الأوروبي', 'يوروبول'): a count of an indicator whose counts are reported by partner (one_partner_is_part in the indicators catalogue) is that partner's part when its clause names one ('في إطار برنامج الشراكة مع الاتحاد الأوروبي')."},"origin_participles":{"$ref":"#/definitions/words","description":"Participles of origin ('المنحدرين', 'القادمين', 'الوافدين') after a count of persons, then 'من' and countries ('310 من أطر وضباط الشرطة المنحدرين من 23 دولة إفريقية'): persons from other countries, not the DGSN's own (pipeline/extract/foreign-section.ts)."},"country_nouns":{"$ref":"#/definitions/words","description":"Nouns of a country or countries ('دولة', 'دول', 'بلدان') after a participle of origin and 'من' (origin_participles)."},"abroad":{"$ref":"#/definitions/words","description":"'Abroad' as a whole word, compared as written ('واستفاد أزيد من 410 موظفين من تكوينات بالخارج', 'تابع 327 إطارا دوراتهم خارج المغرب'): a count of an indicator reported by partner (one_partner_is_part) whose clause says it was held abroad is that part, not the total (pipeline/extract/count-aside.ts); 'وخارجه' (and abroad) is not it."},"several_partners":{"$ref":"#/definitions/words","description":"Nouns of several partners ('في إطار برامج التعاون مع شركاء أوروبيين وأمريكيين', 'مع دول صديقة'): a clause naming them gives a count over several partners, not one partner's part (partner_bodies)."},"place_prepositions":{"$ref":"#/definitions/words","description":"Prepositions that place a count with a country: where the persons came from or went to, where they were arrested ('تسلم المغرب من السلطات البلجيكية أربعة مطلوبين', 'أوقف 17 مغربيا فوق التراب الفرنسي'): a count whose own clause places it with one partner country is that partner's part (pipeline/extract/partner-place.ts). Not 'مع': an operation made with one partner ('تنفيذ عمليتين للتسليم المراقب مع السلطات الإيطالية') is counted in the national total."},"language_nouns":{"$ref":"#/definitions/words","description":"Nouns of a language ('بلاغ صادر باللغة الفرنسية'): a country's adjective after one names a language, no partner (pipeline/extract/partner-place.ts)."},"tally_nouns":{"$ref":"#/definitions/words","description":"Nouns of a tally ('حصيلة', 'أرقام', 'الرقم'): with an adjective of tallies after them, a provisional or a final tally (pipeline/extract/provisional.ts)."},"tallies":{"type":"object","additionalProperties":false,"required":["provisional","final"],"description":"Adjectives of a tally noun: provisional ('حصيلة مؤقتة', 'أرقام أولية') and final ('الحصيلة النهائية'). In a text that names a final tally, a count after a provisional one in its sentence is held back (pipeline/extract/provisional.ts).","properties":{"provisional":{"$ref":"#/definitions/words"},"final":{"$ref":"#/definitions/words"}}},"held_participles":{"$ref":"#/definitions/words","description":"Participles of persons arrested or held ('موقوفا', 'معتقلين'), folded: 'لدى' right after one names who holds them ('٣٧ موقوفا لدى الدرك الملكي'), not a partner of the action as it does after 'مطلوبين' ('مطلوبين لدى القضاء الأمريكي'; pipeline/extract/other-body.ts)."},"still_at_large":{"type":"object","additionalProperties":false,"required":["still","at_large"],"description":"Words saying persons are still at large: a verb of remaining ('ما زالوا', 'لا يزالون', 'ظلوا') and, a few words after it, a word of flight ('في حالة فرار', 'فارين', 'طلقاء'). A count of persons its clause says are still at large after it ('عن مصير «قرابة مائة مطلوب» قالت إنهم ما زالوا في حالة فرار') counts those not arrested, which no indicator tracks (pipeline/extract/at-large.ts). Not a word of flight alone: 'أوقف 97 مطلوبا فارين من العدالة' were arrested.","properties":{"still":{"$ref":"#/definitions/words"},"at_large":{"$ref":"#/definitions/words"}}},"true_or_false":{"type":"object","additionalProperties":false,"required":["true","false"],"description":"Words of a question asking to judge a statement ('صح أم خطأ؟'): with one of each in the question, the sentence after it is a statement offered to judge, not stated (pipeline/extract/read-sentence.ts).","properties":{"true":{"$ref":"#/definitions/words"},"false":{"$ref":"#/definitions/words"}}},"genitive_particles":{"$ref":"#/definitions/words","description":"Darija particles of possession between a noun and its genitive ('المذكرات ديال البحث الدولية', 'الملفات نتاع التعاون'): the cue patterns read the genitive after them as the noun's own (pipeline/extract/scope.ts patternInput)."},"someone_says":{"$ref":"#/definitions/words","description":"Verbs of saying after 'هناك من' / 'ثمة من' (there are those who): 'هناك من يقول إن عدد المغاربة الموقوفين في الخارج يقارب المائة' reports what others claim, and the line's figures are held back (pipeline/extract/not-stated.ts)."},"elatives":{"$ref":"#/definitions/words","description":"Elatives ('في الجانب الأكثر تداولا', the most talked-about side): a hearsay word right after one is the measure of a comparison, not a report of what others claimed (pipeline/extract/not-stated.ts)."},"refuting_verbs":{"$ref":"#/definitions/words","description":"Verbs of refuting ('وهو ما ينفي الادعاء', 'يفند الأرقام المتداولة'): a claim word right after one is what the text refutes, so the figures on its line before the verb are the text's own, not the claim's; those after it are the claim's (pipeline/extract/not-stated.ts)."},"hearsay_media":{"$ref":"#/definitions/words","description":"Nouns of media after 'بعض' (some): 'نشرت بعض المواقع أن …' reports what others claimed, and the line's figures are held back (pipeline/extract/not-stated.ts). Alone, such a noun may name the text's own channel ('على مواقع التواصل')."},"time_conjunctions":{"$ref":"#/definitions/words","description":"'When', opening a clause about a time the clause before names ('مقارنة بالسنة السابقة، حين كانت حصتها 28 في المائة'): a share there whose owner is a pronoun ('حصتها') is of that time, which its own clause does not name, so the owner named earlier is not given to it (pipeline/extract/share-reading.ts)."},"joining_conjunctions":{"$ref":"#/definitions/words","description":"Words that join a clause to the one before it within a sentence, as 'و' written on a word does ('فيما', 'بينما'): in a report on a part of a year, a sentence that named the whole year before its first count goes on about the year in the clauses they join ('تسلمت المملكة خلال السنة 22 شخصا، … فيما بلغ عدد عمليات التسليم المراقب عمليتين'; pipeline/extract/count-periods.ts)."},"contrasts":{"$ref":"#/definitions/words","description":"Words of a contrast ('في حين', 'بينما'): a clause set against another, which compares no figure itself. 'The previous year' in a sentence that only contrasts, in a text published after its year, may be the year before the text's or before its writing (pipeline/extract/periods.ts)."},"place_back_references":{"$ref":"#/definitions/words","description":"'There' ('هناك'): before a count whose sentence placed something in one partner country earlier ('أغلبهم في إسبانيا، حيث أوقف هناك 28 شخصا'), the count is that partner's part (pipeline/extract/partner-place.ts)."},"partner_pronouns":{"$ref":"#/definitions/words","description":"A preposition with the pronoun of a country ('إليها', to it): after a count its sentence placed with one partner, a count whose clause has one is that partner's too ('تسلم المغرب من السلطات الهولندية شخصين …، وسلم إليها شخصا واحدا'; pipeline/extract/partner-place.ts)."},"career_nouns":{"$ref":"#/definitions/words","description":"Nouns of a person's career, with the pronoun of whose ('وخلال مساره، أشرف على أزيد من 1500 ملف تسليم'): a count over a career is a total of several years, no period's figure (pipeline/extract/averages.ts)."},"party_nouns":{"$ref":"#/definitions/words","description":"Nouns that name a partner a party to what a count counts, right after its name ('ما يقارب 1.700 ملف كانت إسبانيا طرفا فيها'): the count is that partner's part, which no breakdown tracks (pipeline/extract/partner-place.ts)."},"two_countries":{"$ref":"#/definitions/words","description":"Duals naming Morocco and one partner together ('في البلدين', 'بين الجانبين'): a count the clause places there ('أنجزت المصالح الأمنية في البلدين ثلاث عمليات') is that one partner's part, as when it names the partner (pipeline/extract/partner-place.ts)."},"territory_nouns":{"$ref":"#/definitions/words","description":"Nouns of a country's territory ('التراب الإسباني', 'الأراضي الهولندية'): with a partner's nationality after them they name the partner country (pipeline/extract/partner-place.ts)."},"spread_verbs":{"$ref":"#/definitions/words","description":"Verbs of spreading a whole over kinds ('وتتوزع هذه الإنابات على أصناف مختلفة من الجرائم، … بتسع عشرة إنابة، ثم … بـ11 إنابة'): after one whose subject names what a count counts and 'على' or 'بين', the sentence's counts of that whole are its parts, not the whole figure, and are held back unless a period of their own sets them apart (pipeline/extract/count-aside.ts)."},"title_nouns":{"$ref":"#/definitions/words","description":"Nouns of a title or a slogan ('تحت عنوان \"شرطة الحدود المفتوحة\"', 'تحت شعار'): a body named right after one is the words of a headline, not a body whose figures the sentence gives (pipeline/extract/other-body.ts)."},"channel_words":{"$ref":"#/definitions/words","description":"Words naming the channel a thing came through ('عن طريق المكتب المركزي الوطني', 'عبر', 'بواسطة'), folded: a national body right after one, in a text on a local unit's results, is the channel of the unit's work, not a turn to the nation's figures (pipeline/extract/local-report.ts)."},"concerning_verbs":{"$ref":"#/definitions/words","description":"Verbs of what a thing concerns ('سبع عشرة إنابة، تهم الاتجار في المخدرات'), folded: after a comma right after a count, the clause they open says what that count counts and goes on with its clause, unless it names a figure or a part of the count (pipeline/extract/clauses.ts). Verbs only: a participle ('مرتبط') may be the predicate of the sentence's subject."},"part_quantifiers":{"$ref":"#/definitions/words","description":"Nouns of a part of a count without its size ('يتعلق جزء مهم منها بالاتجار في المخدرات', 'بعض', 'معظم'), folded: a clause after a comma that names one concerns a part of the count before it, not all of it, and so does not go on with that count's clause (pipeline/extract/clauses.ts)."},"fraction_nouns":{"$ref":"#/definitions/words","description":"Nouns of a fraction ('نصفهم', 'ثلث الملفات'), with their clitics: after 'more than' or 'less than' one names a part of a count ('أكثر من نصفهم (44 شخصا)'), not a comparison with another period's figure (pipeline/extract/count-continuation.ts)."},"post_nouns":{"$ref":"#/definitions/words","description":"Nouns of a post on a network ('تدوينة مضمنة من حساب المديرية على منصة X:'): a quote under a line naming one is the post's own words, which may be the institution's; a quote under a line reporting a claim ('تداولت صفحات … صورة مرفقة بنص جاء فيه:') is the claim (pipeline/extract/not-stated.ts)."},"alone":{"$ref":"#/definitions/words","description":"'Alone' after a period that opens a sentence ('وفي النصف الأول من السنة وحده، كان عدد الموقوفين قد بلغ 74 شخصا'): the sentence sets that part apart, and the sentence after it goes on with none of its period (compared as written, clitics included; pipeline/extract/opening.ts)."},"same_body":{"$ref":"#/definitions/phrases","description":"Phrases that refer back to the services or the place the sentence before named ('وأضاف المسؤول أن المصالح ذاتها حجزت 12 سيارة مسروقة', 'عمليات المراقبة بالميناء ذاته'): after a sentence whose counts were another body's or a local unit's, the counts are that body's too (pipeline/extract/other-body.ts)."},"regions":{"$ref":"#/definitions/phrases","description":"Regions whose name starts with a partner country's cue ('دول أمريكا اللاتينية مجتمعة … دون 1 في المائة'): they name no category of the partner breakdown (pipeline/extract/categories.ts)."},"together":{"$ref":"#/definitions/words","description":"Words that make a share one of several categories together ('وتستأثر إسبانيا وفرنسا معا بـ58 في المائة من التبادلات'): no one category's share, unaccounted (pipeline/extract/share-reading.ts)."},"ranked_after":{"$ref":"#/definitions/words","description":"Words that place a category behind or ahead of another in a ranking ('ثاني شريك للمغرب بعد فرنسا، بنسبة 24%'): the category right after one is the one compared with, not the subject of a share that names none in its own clause (pipeline/extract/share-reading.ts)."},"period_headers":{"$ref":"#/definitions/words","description":"Words of a table's first header cell saying that its rows are periods ('| السنة | الملفات المعالجة | الإنابات القضائية |'): the table is transposed, each column's header names what its numbers count and each row's first cell their period (pipeline/extract/tables.ts)."},"averages":{"$ref":"#/definitions/words","description":"Words of an average over several periods ('المتوسط السنوي للفترة الممتدة من 2018 إلى 2022', 'المتوسط الخماسي'): a count of such a clause is the average, not a period's count, and a change measured against it is no change between two periods; both are held back."},"yearly_adjectives":{"$ref":"#/definitions/words","description":"Yearly adjectives that make 'بمعدل' an average over years ('بمعدل نمو سنوي يقارب 10%'), not the rate of a change ('ارتفع بمعدل 24 في المائة') or a rate per day."},"other_measures":{"$ref":"#/definitions/words","description":"Nouns of a measure the catalogue counts nothing of (the time a file takes, a cost): a change whose subject one is ('أي أن المدة تقلصت بنحو 42 في المائة') is no change of a count named before it."},"mediterranean":{"$ref":"#/definitions/words","description":"Words before 'المتوسط' that make it the Mediterranean, not an average ('ميناء طنجة المتوسط', 'البحر الأبيض المتوسط')."},"then_and_now":{"type":"object","additionalProperties":false,"required":["then","now"],"description":"Words right after the two values of a label in a 'then and now' list ('الملفات وطلبات المعلومات: 960 آنذاك، 1810 اليوم'): the value said 'now' is of the text's own period, the one said 'then' of the one earlier period the lines above the list name (pipeline/extract/then-and-now.ts).","properties":{"then":{"$ref":"#/definitions/words"},"now":{"$ref":"#/definitions/words"}}},"per_year":{"$ref":"#/definitions/phrases","description":"'Per year' after 'بمعدل' and its number ('أي بمعدل 139 إنابة تقريبا في السنة'): the average of several years, no year's count (pipeline/extract/averages.ts)."},"recalling":{"$ref":"#/definitions/words","description":"Words opening a sentence that recalls an earlier period's results ('وللتذكير، فقد سجلت سنة 2024 كاملة معالجة 7215 ملفا، …، ومتابعة 162 إنابة'; 'يذكر أن …'): as in a sentence that sums up (summing_up) or one in the pluperfect ('وكانت المديرية قد أغلقت سنة 2021 على …'), a count of it whose clause names no period has the period the sentence's first count named (pipeline/extract/count-periods.ts)."},"documents":{"$ref":"#/definitions/words","description":"Nouns of documents a year may date ('اتفاقية الرياض العربية للتعاون القضائي لسنة 1983', 'القانون رقم 07.03', 'ظهير 1958'): a year a few words after one dates the document, and is not a year the text is talking about ('the same year' after it is not that year: pipeline/extract/topic-years.ts)."},"habitual_being":{"$ref":"#/definitions/words","description":"Past forms of 'to be' that, before a verb in the present, tell what used to happen ('حين كنت في القطب كنا نعالج حوالي ثلاثة آلاف ملف في السنة'): a count 'per year' (per_year) ending its clause, in such a sentence naming no year, is a yearly rate of those years, not a period's count (pipeline/extract/averages.ts yearlyRate)."},"summing_up":{"$ref":"#/definitions/words","description":"Words opening a sentence that sums up totals ('وبذلك يكون عدد الإنابات … خلال سنة 2017 قد بلغ 104 إنابات، فيما بلغ عدد الأوامر … 71 أمرا'; 'وبهذه الأرقام، يرتفع عدد الملفات … منذ بداية السنة إلى 2180 ملفا، فيما بلغ عدد الإنابات 62 إنابة'): a count of it whose clause names no period has the period the sentence's first count named (pipeline/extract/count-periods.ts)."},"same_kind":{"$ref":"#/definitions/phrases","description":"'of this kind' after a compared count's noun ('41 منها مرتبطة بتهريب المخدرات وتبييض الأموال، مقابل 35 إنابة من هذا الصنف سنة 2023'): the count compares the part told right before it, not its whole (pipeline/extract/count-continuation.ts)."},"conditionals":{"$ref":"#/definitions/phrases","description":"'if' of a condition contrary to fact ('ولو عالج القسم المغربي 10 آلاف ملف في السنة، … لاحتاج …'): a number in its clause, up to the clause's end, is hypothetical and held back as a forecast's is; a number in the clause after it is stated ('ولو جمعنا الأنصاف، فإن سنة 2020 كلها أغلقت على 3950 ملفا'; pipeline/extract/not-stated.ts)."},"conditional_answer_exceptions":{"$ref":"#/definitions/words","description":"Words opening on 'ل' that are not the answer of 'لو' (a verb with its 'ل': 'لو طبقنا حصة إسبانيا على العدد الإجمالي، لحصلنا على نحو 2237 ملفا', whose number is hypothetical): 'لكن', 'لأن', 'لذلك' open clauses of their own; a verb of finding states what is ('ولو عدنا إلى سنة 2019، لوجدنا أن الرقم لم يكن يتجاوز 4480 ملفا'; pipeline/extract/not-stated.ts)."},"forecasts":{"$ref":"#/definitions/phrases","description":"Words of a forecast, a possibility or the writer's own estimate ('فقد يصل عدد الملفات إلى نحو 6 آلاف و600 ملف مع نهاية السنة', 'يتوقع'; 'وأقدّر … أن عدد المغاربة المبحوث عنهم … لا يقل عن 400 شخص', a guess: 'وأغامر بالقول إن …', 'تخمين'; a recollection the writer doubts: 'إن لم تخني الذاكرة'): the figures of such a sentence are held back, as a question's are: expected or estimated, not counted."},"hearsay":{"$ref":"#/definitions/words","description":"Words that report what others claimed ('تداولت بعض المواقع أن القطب عالج 7 آلاف ملف', 'قرأنا أن عددها تراجع إلى 130'): the figures of such a sentence are held back, as a question's are; the institution's own reporting verbs ('أفادت المديرية') are not among them."}},"definitions":{"words":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+$"}},"phrases":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+( [\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+)*$"}}}};
const schema60 = {"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+$"}};
const pattern53 = new RegExp("^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+$", "u");

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern53.test(data0)){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+$"},message:"must match pattern \""+"^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate218.errors = vErrors;
return errors === 0;
}

const schema61 = {"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+( [\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+)*$"}};
const pattern54 = new RegExp("^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+( [\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+)*$", "u");

function validate221(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern54.test(data0)){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+( [\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+( [\\u0621\\u0624\\u0626-\\u0628\\u062A-\\u0648\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate221.errors = vErrors;
return errors === 0;
}


function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="grammar-words.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema59.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.month_titles !== undefined){
if(!(validate218(data.month_titles, {instancePath:instancePath+"/month_titles",parentData:data,parentDataProperty:"month_titles",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.month_noun !== undefined){
if(!(validate218(data.month_noun, {instancePath:instancePath+"/month_noun",parentData:data,parentDataProperty:"month_noun",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.verb_adverbs !== undefined){
if(!(validate221(data.verb_adverbs, {instancePath:instancePath+"/verb_adverbs",parentData:data,parentDataProperty:"verb_adverbs",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.change_base_words !== undefined){
if(!(validate218(data.change_base_words, {instancePath:instancePath+"/change_base_words",parentData:data,parentDataProperty:"change_base_words",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.pair_comparisons !== undefined){
if(!(validate221(data.pair_comparisons, {instancePath:instancePath+"/pair_comparisons",parentData:data,parentDataProperty:"pair_comparisons",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.reporting !== undefined){
if(!(validate218(data.reporting, {instancePath:instancePath+"/reporting",parentData:data,parentDataProperty:"reporting",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.worldwide !== undefined){
if(!(validate221(data.worldwide, {instancePath:instancePath+"/worldwide",parentData:data,parentDataProperty:"worldwide",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.bodies_acting_before !== undefined){
if(!(validate221(data.bodies_acting_before, {instancePath:instancePath+"/bodies_acting_before",parentData:data,parentDataProperty:"bodies_acting_before",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.case_subjects !== undefined){
if(!(validate218(data.case_subjects, {instancePath:instancePath+"/case_subjects",parentData:data,parentDataProperty:"case_subjects",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.unit_back_references !== undefined){
if(!(validate218(data.unit_back_references, {instancePath:instancePath+"/unit_back_references",parentData:data,parentDataProperty:"unit_back_references",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.past_being !== undefined){
if(!(validate218(data.past_being, {instancePath:instancePath+"/past_being",parentData:data,parentDataProperty:"past_being",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.year_nouns !== undefined){
if(!(validate218(data.year_nouns, {instancePath:instancePath+"/year_nouns",parentData:data,parentDataProperty:"year_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.exactly !== undefined){
if(!(validate218(data.exactly, {instancePath:instancePath+"/exactly",parentData:data,parentDataProperty:"exactly",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.a_number_near !== undefined){
if(!(validate218(data.a_number_near, {instancePath:instancePath+"/a_number_near",parentData:data,parentDataProperty:"a_number_near",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.distal_demonstratives !== undefined){
if(!(validate218(data.distal_demonstratives, {instancePath:instancePath+"/distal_demonstratives",parentData:data,parentDataProperty:"distal_demonstratives",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.plural_rates !== undefined){
if(!(validate218(data.plural_rates, {instancePath:instancePath+"/plural_rates",parentData:data,parentDataProperty:"plural_rates",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.remaining_verbs !== undefined){
if(!(validate218(data.remaining_verbs, {instancePath:instancePath+"/remaining_verbs",parentData:data,parentDataProperty:"remaining_verbs",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.the_number !== undefined){
if(!(validate218(data.the_number, {instancePath:instancePath+"/the_number",parentData:data,parentDataProperty:"the_number",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.will_be !== undefined){
if(!(validate218(data.will_be, {instancePath:instancePath+"/will_be",parentData:data,parentDataProperty:"will_be",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.duration_openers !== undefined){
if(!(validate218(data.duration_openers, {instancePath:instancePath+"/duration_openers",parentData:data,parentDataProperty:"duration_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.period_part_nouns !== undefined){
if(!(validate218(data.period_part_nouns, {instancePath:instancePath+"/period_part_nouns",parentData:data,parentDataProperty:"period_part_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.number_of !== undefined){
if(!(validate218(data.number_of, {instancePath:instancePath+"/number_of",parentData:data,parentDataProperty:"number_of",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.record_nouns !== undefined){
if(!(validate218(data.record_nouns, {instancePath:instancePath+"/record_nouns",parentData:data,parentDataProperty:"record_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.agent_participles !== undefined){
if(!(validate218(data.agent_participles, {instancePath:instancePath+"/agent_participles",parentData:data,parentDataProperty:"agent_participles",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.bilateral !== undefined){
if(!(validate218(data.bilateral, {instancePath:instancePath+"/bilateral",parentData:data,parentDataProperty:"bilateral",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.multilateral !== undefined){
if(!(validate218(data.multilateral, {instancePath:instancePath+"/multilateral",parentData:data,parentDataProperty:"multilateral",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.interpreting_subjects !== undefined){
if(!(validate218(data.interpreting_subjects, {instancePath:instancePath+"/interpreting_subjects",parentData:data,parentDataProperty:"interpreting_subjects",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.partnership_nouns !== undefined){
if(!(validate218(data.partnership_nouns, {instancePath:instancePath+"/partnership_nouns",parentData:data,parentDataProperty:"partnership_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.wanted_participles !== undefined){
if(!(validate218(data.wanted_participles, {instancePath:instancePath+"/wanted_participles",parentData:data,parentDataProperty:"wanted_participles",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.judicial_bodies !== undefined){
if(!(validate218(data.judicial_bodies, {instancePath:instancePath+"/judicial_bodies",parentData:data,parentDataProperty:"judicial_bodies",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.not_counted !== undefined){
if(!(validate218(data.not_counted, {instancePath:instancePath+"/not_counted",parentData:data,parentDataProperty:"not_counted",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.count_of !== undefined){
if(!(validate218(data.count_of, {instancePath:instancePath+"/count_of",parentData:data,parentDataProperty:"count_of",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.part_markers !== undefined){
if(!(validate218(data.part_markers, {instancePath:instancePath+"/part_markers",parentData:data,parentDataProperty:"part_markers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.result_nouns !== undefined){
if(!(validate218(data.result_nouns, {instancePath:instancePath+"/result_nouns",parentData:data,parentDataProperty:"result_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.subtraction_results !== undefined){
if(!(validate218(data.subtraction_results, {instancePath:instancePath+"/subtraction_results",parentData:data,parentDataProperty:"subtraction_results",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.pronouns_of_being !== undefined){
if(!(validate218(data.pronouns_of_being, {instancePath:instancePath+"/pronouns_of_being",parentData:data,parentDataProperty:"pronouns_of_being",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.they_are !== undefined){
if(!(validate218(data.they_are, {instancePath:instancePath+"/they_are",parentData:data,parentDataProperty:"they_are",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.change_of !== undefined){
if(!(validate218(data.change_of, {instancePath:instancePath+"/change_of",parentData:data,parentDataProperty:"change_of",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.totals !== undefined){
if(!(validate218(data.totals, {instancePath:instancePath+"/totals",parentData:data,parentDataProperty:"totals",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.whole_markers !== undefined){
if(!(validate218(data.whole_markers, {instancePath:instancePath+"/whole_markers",parentData:data,parentDataProperty:"whole_markers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.verbs_with_min !== undefined){
if(!(validate218(data.verbs_with_min, {instancePath:instancePath+"/verbs_with_min",parentData:data,parentDataProperty:"verbs_with_min",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.generic_counted !== undefined){
if(!(validate218(data.generic_counted, {instancePath:instancePath+"/generic_counted",parentData:data,parentDataProperty:"generic_counted",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.pronoun_counts !== undefined){
if(!(validate218(data.pronoun_counts, {instancePath:instancePath+"/pronoun_counts",parentData:data,parentDataProperty:"pronoun_counts",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.reason_openers !== undefined){
if(!(validate218(data.reason_openers, {instancePath:instancePath+"/reason_openers",parentData:data,parentDataProperty:"reason_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.explanatory_openers !== undefined){
if(!(validate218(data.explanatory_openers, {instancePath:instancePath+"/explanatory_openers",parentData:data,parentDataProperty:"explanatory_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.in_it !== undefined){
if(!(validate218(data.in_it, {instancePath:instancePath+"/in_it",parentData:data,parentDataProperty:"in_it",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.amounting !== undefined){
if(!(validate218(data.amounting, {instancePath:instancePath+"/amounting",parentData:data,parentDataProperty:"amounting",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.relatives !== undefined){
if(!(validate218(data.relatives, {instancePath:instancePath+"/relatives",parentData:data,parentDataProperty:"relatives",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.topic_openers !== undefined){
if(!(validate221(data.topic_openers, {instancePath:instancePath+"/topic_openers",parentData:data,parentDataProperty:"topic_openers",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.back_references !== undefined){
if(!(validate218(data.back_references, {instancePath:instancePath+"/back_references",parentData:data,parentDataProperty:"back_references",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.count_back_references !== undefined){
if(!(validate218(data.count_back_references, {instancePath:instancePath+"/count_back_references",parentData:data,parentDataProperty:"count_back_references",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.back_reference_openings !== undefined){
if(!(validate218(data.back_reference_openings, {instancePath:instancePath+"/back_reference_openings",parentData:data,parentDataProperty:"back_reference_openings",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.similar !== undefined){
if(!(validate218(data.similar, {instancePath:instancePath+"/similar",parentData:data,parentDataProperty:"similar",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.qualifier_verbs !== undefined){
let data53 = data.qualifier_verbs;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.gt === undefined){
const err2 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/required",keyword:"required",params:{missingProperty: "gt"},message:"must have required property '"+"gt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data53.approx === undefined){
const err3 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/required",keyword:"required",params:{missingProperty: "approx"},message:"must have required property '"+"approx"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data53){
if(!((key1 === "gt") || (key1 === "approx"))){
const err4 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data53.gt !== undefined){
if(!(validate218(data53.gt, {instancePath:instancePath+"/qualifier_verbs/gt",parentData:data53,parentDataProperty:"gt",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data53.approx !== undefined){
if(!(validate218(data53.approx, {instancePath:instancePath+"/qualifier_verbs/approx",parentData:data53,parentDataProperty:"approx",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.negations !== undefined){
if(!(validate218(data.negations, {instancePath:instancePath+"/negations",parentData:data,parentDataProperty:"negations",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.denials !== undefined){
if(!(validate218(data.denials, {instancePath:instancePath+"/denials",parentData:data,parentDataProperty:"denials",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.whole_name_nouns !== undefined){
if(!(validate218(data.whole_name_nouns, {instancePath:instancePath+"/whole_name_nouns",parentData:data,parentDataProperty:"whole_name_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.share_nouns !== undefined){
if(!(validate218(data.share_nouns, {instancePath:instancePath+"/share_nouns",parentData:data,parentDataProperty:"share_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.measure_nouns !== undefined){
if(!(validate218(data.measure_nouns, {instancePath:instancePath+"/measure_nouns",parentData:data,parentDataProperty:"measure_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.thresholds !== undefined){
if(!(validate218(data.thresholds, {instancePath:instancePath+"/thresholds",parentData:data,parentDataProperty:"thresholds",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.demonstratives !== undefined){
if(!(validate218(data.demonstratives, {instancePath:instancePath+"/demonstratives",parentData:data,parentDataProperty:"demonstratives",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.base_comparisons !== undefined){
if(!(validate218(data.base_comparisons, {instancePath:instancePath+"/base_comparisons",parentData:data,parentDataProperty:"base_comparisons",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.comparison_right_before !== undefined){
if(!(validate218(data.comparison_right_before, {instancePath:instancePath+"/comparison_right_before",parentData:data,parentDataProperty:"comparison_right_before",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.base_after_change !== undefined){
if(!(validate218(data.base_after_change, {instancePath:instancePath+"/base_after_change",parentData:data,parentDataProperty:"base_after_change",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.idioms !== undefined){
if(!(validate221(data.idioms, {instancePath:instancePath+"/idioms",parentData:data,parentDataProperty:"idioms",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.negated_being !== undefined){
if(!(validate218(data.negated_being, {instancePath:instancePath+"/negated_being",parentData:data,parentDataProperty:"negated_being",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.negated_past_being !== undefined){
if(!(validate218(data.negated_past_being, {instancePath:instancePath+"/negated_past_being",parentData:data,parentDataProperty:"negated_past_being",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.earlier_clause_openers !== undefined){
if(!(validate218(data.earlier_clause_openers, {instancePath:instancePath+"/earlier_clause_openers",parentData:data,parentDataProperty:"earlier_clause_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.aside_openers !== undefined){
if(!(validate218(data.aside_openers, {instancePath:instancePath+"/aside_openers",parentData:data,parentDataProperty:"aside_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.time_prepositions !== undefined){
if(!(validate218(data.time_prepositions, {instancePath:instancePath+"/time_prepositions",parentData:data,parentDataProperty:"time_prepositions",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.results_of_period !== undefined){
if(!(validate218(data.results_of_period, {instancePath:instancePath+"/results_of_period",parentData:data,parentDataProperty:"results_of_period",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.exceeding_participles !== undefined){
if(!(validate218(data.exceeding_participles, {instancePath:instancePath+"/exceeding_participles",parentData:data,parentDataProperty:"exceeding_participles",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.other_topic_openers !== undefined){
if(!(validate221(data.other_topic_openers, {instancePath:instancePath+"/other_topic_openers",parentData:data,parentDataProperty:"other_topic_openers",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.comparison_fillers !== undefined){
if(!(validate218(data.comparison_fillers, {instancePath:instancePath+"/comparison_fillers",parentData:data,parentDataProperty:"comparison_fillers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.restating !== undefined){
if(!(validate218(data.restating, {instancePath:instancePath+"/restating",parentData:data,parentDataProperty:"restating",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.itself !== undefined){
if(!(validate218(data.itself, {instancePath:instancePath+"/itself",parentData:data,parentDataProperty:"itself",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.retractions !== undefined){
if(!(validate218(data.retractions, {instancePath:instancePath+"/retractions",parentData:data,parentDataProperty:"retractions",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.spoken_corrections !== undefined){
if(!(validate221(data.spoken_corrections, {instancePath:instancePath+"/spoken_corrections",parentData:data,parentDataProperty:"spoken_corrections",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.instead_of !== undefined){
if(!(validate221(data.instead_of, {instancePath:instancePath+"/instead_of",parentData:data,parentDataProperty:"instead_of",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.concerning !== undefined){
if(!(validate218(data.concerning, {instancePath:instancePath+"/concerning",parentData:data,parentDataProperty:"concerning",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.remainder !== undefined){
if(!(validate218(data.remainder, {instancePath:instancePath+"/remainder",parentData:data,parentDataProperty:"remainder",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.trailing_qualifiers !== undefined){
let data83 = data.trailing_qualifiers;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
for(const prop1 of schema59.properties.trailing_qualifiers.required){
if(data83[prop1] === undefined){
const err6 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/required",keyword:"required",params:{missingProperty: prop1},message:"must have required property '"+prop1+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data83){
if(!((((key2 === "approx") || (key2 === "gt")) || (key2 === "gte")) || (key2 === "lte"))){
const err7 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data83.approx !== undefined){
if(!(validate221(data83.approx, {instancePath:instancePath+"/trailing_qualifiers/approx",parentData:data83,parentDataProperty:"approx",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data83.gt !== undefined){
if(!(validate221(data83.gt, {instancePath:instancePath+"/trailing_qualifiers/gt",parentData:data83,parentDataProperty:"gt",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data83.gte !== undefined){
if(!(validate221(data83.gte, {instancePath:instancePath+"/trailing_qualifiers/gte",parentData:data83,parentDataProperty:"gte",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data83.lte !== undefined){
if(!(validate221(data83.lte, {instancePath:instancePath+"/trailing_qualifiers/lte",parentData:data83,parentDataProperty:"lte",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.series !== undefined){
let data88 = data.series;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.joiners === undefined){
const err9 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/required",keyword:"required",params:{missingProperty: "joiners"},message:"must have required property '"+"joiners"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data88.clause_openers === undefined){
const err10 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/required",keyword:"required",params:{missingProperty: "clause_openers"},message:"must have required property '"+"clause_openers"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key3 in data88){
if(!((key3 === "joiners") || (key3 === "clause_openers"))){
const err11 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data88.joiners !== undefined){
if(!(validate218(data88.joiners, {instancePath:instancePath+"/series/joiners",parentData:data88,parentDataProperty:"joiners",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data88.clause_openers !== undefined){
if(!(validate218(data88.clause_openers, {instancePath:instancePath+"/series/clause_openers",parentData:data88,parentDataProperty:"clause_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.transitions !== undefined){
let data91 = data.transitions;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
for(const prop2 of schema59.properties.transitions.required){
if(data91[prop2] === undefined){
const err13 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/required",keyword:"required",params:{missingProperty: prop2},message:"must have required property '"+prop2+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key4 in data91){
if(!((((((key4 === "words") || (key4 === "from")) || (key4 === "to")) || (key4 === "rate_after_ends")) || (key4 === "after_ends")) || (key4 === "then"))){
const err14 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data91.words !== undefined){
if(!(validate218(data91.words, {instancePath:instancePath+"/transitions/words",parentData:data91,parentDataProperty:"words",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data91.from !== undefined){
if(!(validate218(data91.from, {instancePath:instancePath+"/transitions/from",parentData:data91,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data91.to !== undefined){
if(!(validate218(data91.to, {instancePath:instancePath+"/transitions/to",parentData:data91,parentDataProperty:"to",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data91.rate_after_ends !== undefined){
if(!(validate218(data91.rate_after_ends, {instancePath:instancePath+"/transitions/rate_after_ends",parentData:data91,parentDataProperty:"rate_after_ends",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data91.after_ends !== undefined){
if(!(validate218(data91.after_ends, {instancePath:instancePath+"/transitions/after_ends",parentData:data91,parentDataProperty:"after_ends",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data91.then !== undefined){
if(!(validate218(data91.then, {instancePath:instancePath+"/transitions/then",parentData:data91,parentDataProperty:"then",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.differences !== undefined){
let data98 = data.differences;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
for(const prop3 of schema59.properties.differences.required){
if(data98[prop3] === undefined){
const err16 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/required",keyword:"required",params:{missingProperty: prop3},message:"must have required property '"+prop3+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key5 in data98){
if(!(((((key5 === "words") || (key5 === "levels")) || (key5 === "after")) || (key5 === "amount_nouns")) || (key5 === "rest_of_whole"))){
const err17 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data98.words !== undefined){
if(!(validate218(data98.words, {instancePath:instancePath+"/differences/words",parentData:data98,parentDataProperty:"words",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data98.levels !== undefined){
if(!(validate218(data98.levels, {instancePath:instancePath+"/differences/levels",parentData:data98,parentDataProperty:"levels",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data98.after !== undefined){
if(!(validate218(data98.after, {instancePath:instancePath+"/differences/after",parentData:data98,parentDataProperty:"after",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data98.amount_nouns !== undefined){
if(!(validate218(data98.amount_nouns, {instancePath:instancePath+"/differences/amount_nouns",parentData:data98,parentDataProperty:"amount_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data98.rest_of_whole !== undefined){
if(!(validate218(data98.rest_of_whole, {instancePath:instancePath+"/differences/rest_of_whole",parentData:data98,parentDataProperty:"rest_of_whole",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.questions !== undefined){
let data104 = data.questions;
if(Array.isArray(data104)){
if(data104.length < 1){
const err19 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data104.length;
for(let i0=0; i0<len0; i0++){
let data105 = data104[i0];
if(typeof data105 === "string"){
if(func4(data105) < 1){
const err20 = {instancePath:instancePath+"/questions/" + i0,schemaPath:"#/properties/questions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/questions/" + i0,schemaPath:"#/properties/questions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.confirmation_questions !== undefined){
if(!(validate221(data.confirmation_questions, {instancePath:instancePath+"/confirmation_questions",parentData:data,parentDataProperty:"confirmation_questions",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.presupposing_questions !== undefined){
if(!(validate221(data.presupposing_questions, {instancePath:instancePath+"/presupposing_questions",parentData:data,parentDataProperty:"presupposing_questions",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.result_verbs !== undefined){
if(!(validate218(data.result_verbs, {instancePath:instancePath+"/result_verbs",parentData:data,parentDataProperty:"result_verbs",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.result_prepositions !== undefined){
if(!(validate218(data.result_prepositions, {instancePath:instancePath+"/result_prepositions",parentData:data,parentDataProperty:"result_prepositions",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.knowing_verbs !== undefined){
if(!(validate218(data.knowing_verbs, {instancePath:instancePath+"/knowing_verbs",parentData:data,parentDataProperty:"knowing_verbs",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.question_words !== undefined){
if(!(validate218(data.question_words, {instancePath:instancePath+"/question_words",parentData:data,parentDataProperty:"question_words",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.recorded !== undefined){
if(!(validate218(data.recorded, {instancePath:instancePath+"/recorded",parentData:data,parentDataProperty:"recorded",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.replies !== undefined){
if(!(validate218(data.replies, {instancePath:instancePath+"/replies",parentData:data,parentDataProperty:"replies",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.in_a_row !== undefined){
if(!(validate218(data.in_a_row, {instancePath:instancePath+"/in_a_row",parentData:data,parentDataProperty:"in_a_row",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.comparatives !== undefined){
let data115 = data.comparatives;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(data115.increase === undefined){
const err23 = {instancePath:instancePath+"/comparatives",schemaPath:"#/properties/comparatives/required",keyword:"required",params:{missingProperty: "increase"},message:"must have required property '"+"increase"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data115.decrease === undefined){
const err24 = {instancePath:instancePath+"/comparatives",schemaPath:"#/properties/comparatives/required",keyword:"required",params:{missingProperty: "decrease"},message:"must have required property '"+"decrease"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key6 in data115){
if(!((key6 === "increase") || (key6 === "decrease"))){
const err25 = {instancePath:instancePath+"/comparatives",schemaPath:"#/properties/comparatives/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data115.increase !== undefined){
if(!(validate218(data115.increase, {instancePath:instancePath+"/comparatives/increase",parentData:data115,parentDataProperty:"increase",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data115.decrease !== undefined){
if(!(validate218(data115.decrease, {instancePath:instancePath+"/comparatives/decrease",parentData:data115,parentDataProperty:"decrease",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/comparatives",schemaPath:"#/properties/comparatives/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.rate_openers !== undefined){
if(!(validate218(data.rate_openers, {instancePath:instancePath+"/rate_openers",parentData:data,parentDataProperty:"rate_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.coordinated_rate_openers !== undefined){
if(!(validate218(data.coordinated_rate_openers, {instancePath:instancePath+"/coordinated_rate_openers",parentData:data,parentDataProperty:"coordinated_rate_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.between !== undefined){
if(!(validate218(data.between, {instancePath:instancePath+"/between",parentData:data,parentDataProperty:"between",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.succession !== undefined){
if(!(validate218(data.succession, {instancePath:instancePath+"/succession",parentData:data,parentDataProperty:"succession",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.respectively !== undefined){
if(!(validate218(data.respectively, {instancePath:instancePath+"/respectively",parentData:data,parentDataProperty:"respectively",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.change_columns !== undefined){
if(!(validate218(data.change_columns, {instancePath:instancePath+"/change_columns",parentData:data,parentDataProperty:"change_columns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.continuations !== undefined){
if(!(validate218(data.continuations, {instancePath:instancePath+"/continuations",parentData:data,parentDataProperty:"continuations",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.other_bodies !== undefined){
if(!(validate221(data.other_bodies, {instancePath:instancePath+"/other_bodies",parentData:data,parentDataProperty:"other_bodies",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.security_bodies !== undefined){
if(!(validate221(data.security_bodies, {instancePath:instancePath+"/security_bodies",parentData:data,parentDataProperty:"security_bodies",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.foreign_nationalities !== undefined){
if(!(validate218(data.foreign_nationalities, {instancePath:instancePath+"/foreign_nationalities",parentData:data,parentDataProperty:"foreign_nationalities",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.national_level !== undefined){
if(!(validate221(data.national_level, {instancePath:instancePath+"/national_level",parentData:data,parentDataProperty:"national_level",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.partner_marker_homographs !== undefined){
if(!(validate218(data.partner_marker_homographs, {instancePath:instancePath+"/partner_marker_homographs",parentData:data,parentDataProperty:"partner_marker_homographs",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.clause_openers !== undefined){
if(!(validate218(data.clause_openers, {instancePath:instancePath+"/clause_openers",parentData:data,parentDataProperty:"clause_openers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.national_police !== undefined){
if(!(validate221(data.national_police, {instancePath:instancePath+"/national_police",parentData:data,parentDataProperty:"national_police",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.national_bodies !== undefined){
if(!(validate221(data.national_bodies, {instancePath:instancePath+"/national_bodies",parentData:data,parentDataProperty:"national_bodies",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.unit_cities !== undefined){
if(!(validate221(data.unit_cities, {instancePath:instancePath+"/unit_cities",parentData:data,parentDataProperty:"unit_cities",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.unit_heads !== undefined){
if(!(validate218(data.unit_heads, {instancePath:instancePath+"/unit_heads",parentData:data,parentDataProperty:"unit_heads",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.local_level !== undefined){
if(!(validate221(data.local_level, {instancePath:instancePath+"/local_level",parentData:data,parentDataProperty:"local_level",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.place_units !== undefined){
if(!(validate221(data.place_units, {instancePath:instancePath+"/place_units",parentData:data,parentDataProperty:"place_units",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.home_country !== undefined){
if(!(validate218(data.home_country, {instancePath:instancePath+"/home_country",parentData:data,parentDataProperty:"home_country",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.local_places !== undefined){
if(!(validate218(data.local_places, {instancePath:instancePath+"/local_places",parentData:data,parentDataProperty:"local_places",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.local_unit_subjects !== undefined){
if(!(validate218(data.local_unit_subjects, {instancePath:instancePath+"/local_unit_subjects",parentData:data,parentDataProperty:"local_unit_subjects",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.result_partitives !== undefined){
if(!(validate218(data.result_partitives, {instancePath:instancePath+"/result_partitives",parentData:data,parentDataProperty:"result_partitives",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.horizons !== undefined){
if(!(validate218(data.horizons, {instancePath:instancePath+"/horizons",parentData:data,parentDataProperty:"horizons",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.place_services !== undefined){
if(!(validate218(data.place_services, {instancePath:instancePath+"/place_services",parentData:data,parentDataProperty:"place_services",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.media_nouns !== undefined){
if(!(validate218(data.media_nouns, {instancePath:instancePath+"/media_nouns",parentData:data,parentDataProperty:"media_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.series_labels !== undefined){
if(!(validate218(data.series_labels, {instancePath:instancePath+"/series_labels",parentData:data,parentDataProperty:"series_labels",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.credit_lines !== undefined){
if(!(validate218(data.credit_lines, {instancePath:instancePath+"/credit_lines",parentData:data,parentDataProperty:"credit_lines",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.aims !== undefined){
if(!(validate218(data.aims, {instancePath:instancePath+"/aims",parentData:data,parentDataProperty:"aims",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.targets !== undefined){
if(!(validate218(data.targets, {instancePath:instancePath+"/targets",parentData:data,parentDataProperty:"targets",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.reaching_nouns !== undefined){
if(!(validate218(data.reaching_nouns, {instancePath:instancePath+"/reaching_nouns",parentData:data,parentDataProperty:"reaching_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.result_phrases !== undefined){
if(!(validate221(data.result_phrases, {instancePath:instancePath+"/result_phrases",parentData:data,parentDataProperty:"result_phrases",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.relative_heads !== undefined){
if(!(validate218(data.relative_heads, {instancePath:instancePath+"/relative_heads",parentData:data,parentDataProperty:"relative_heads",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.past_openers !== undefined){
if(!(validate221(data.past_openers, {instancePath:instancePath+"/past_openers",parentData:data,parentDataProperty:"past_openers",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.target_thresholds !== undefined){
if(!(validate218(data.target_thresholds, {instancePath:instancePath+"/target_thresholds",parentData:data,parentDataProperty:"target_thresholds",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.doubting !== undefined){
if(!(validate218(data.doubting, {instancePath:instancePath+"/doubting",parentData:data,parentDataProperty:"doubting",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.achievement_rates !== undefined){
if(!(validate221(data.achievement_rates, {instancePath:instancePath+"/achievement_rates",parentData:data,parentDataProperty:"achievement_rates",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.writings !== undefined){
if(!(validate218(data.writings, {instancePath:instancePath+"/writings",parentData:data,parentDataProperty:"writings",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.complementizers !== undefined){
if(!(validate218(data.complementizers, {instancePath:instancePath+"/complementizers",parentData:data,parentDataProperty:"complementizers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.partner_markers !== undefined){
if(!(validate218(data.partner_markers, {instancePath:instancePath+"/partner_markers",parentData:data,parentDataProperty:"partner_markers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.partner_bodies !== undefined){
if(!(validate221(data.partner_bodies, {instancePath:instancePath+"/partner_bodies",parentData:data,parentDataProperty:"partner_bodies",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.origin_participles !== undefined){
if(!(validate218(data.origin_participles, {instancePath:instancePath+"/origin_participles",parentData:data,parentDataProperty:"origin_participles",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.country_nouns !== undefined){
if(!(validate218(data.country_nouns, {instancePath:instancePath+"/country_nouns",parentData:data,parentDataProperty:"country_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.abroad !== undefined){
if(!(validate218(data.abroad, {instancePath:instancePath+"/abroad",parentData:data,parentDataProperty:"abroad",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.several_partners !== undefined){
if(!(validate218(data.several_partners, {instancePath:instancePath+"/several_partners",parentData:data,parentDataProperty:"several_partners",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.place_prepositions !== undefined){
if(!(validate218(data.place_prepositions, {instancePath:instancePath+"/place_prepositions",parentData:data,parentDataProperty:"place_prepositions",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.language_nouns !== undefined){
if(!(validate218(data.language_nouns, {instancePath:instancePath+"/language_nouns",parentData:data,parentDataProperty:"language_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.tally_nouns !== undefined){
if(!(validate218(data.tally_nouns, {instancePath:instancePath+"/tally_nouns",parentData:data,parentDataProperty:"tally_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.tallies !== undefined){
let data166 = data.tallies;
if(data166 && typeof data166 == "object" && !Array.isArray(data166)){
if(data166.provisional === undefined){
const err27 = {instancePath:instancePath+"/tallies",schemaPath:"#/properties/tallies/required",keyword:"required",params:{missingProperty: "provisional"},message:"must have required property '"+"provisional"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data166.final === undefined){
const err28 = {instancePath:instancePath+"/tallies",schemaPath:"#/properties/tallies/required",keyword:"required",params:{missingProperty: "final"},message:"must have required property '"+"final"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key7 in data166){
if(!((key7 === "provisional") || (key7 === "final"))){
const err29 = {instancePath:instancePath+"/tallies",schemaPath:"#/properties/tallies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data166.provisional !== undefined){
if(!(validate218(data166.provisional, {instancePath:instancePath+"/tallies/provisional",parentData:data166,parentDataProperty:"provisional",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data166.final !== undefined){
if(!(validate218(data166.final, {instancePath:instancePath+"/tallies/final",parentData:data166,parentDataProperty:"final",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/tallies",schemaPath:"#/properties/tallies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.held_participles !== undefined){
if(!(validate218(data.held_participles, {instancePath:instancePath+"/held_participles",parentData:data,parentDataProperty:"held_participles",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.still_at_large !== undefined){
let data170 = data.still_at_large;
if(data170 && typeof data170 == "object" && !Array.isArray(data170)){
if(data170.still === undefined){
const err31 = {instancePath:instancePath+"/still_at_large",schemaPath:"#/properties/still_at_large/required",keyword:"required",params:{missingProperty: "still"},message:"must have required property '"+"still"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data170.at_large === undefined){
const err32 = {instancePath:instancePath+"/still_at_large",schemaPath:"#/properties/still_at_large/required",keyword:"required",params:{missingProperty: "at_large"},message:"must have required property '"+"at_large"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key8 in data170){
if(!((key8 === "still") || (key8 === "at_large"))){
const err33 = {instancePath:instancePath+"/still_at_large",schemaPath:"#/properties/still_at_large/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data170.still !== undefined){
if(!(validate218(data170.still, {instancePath:instancePath+"/still_at_large/still",parentData:data170,parentDataProperty:"still",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data170.at_large !== undefined){
if(!(validate218(data170.at_large, {instancePath:instancePath+"/still_at_large/at_large",parentData:data170,parentDataProperty:"at_large",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/still_at_large",schemaPath:"#/properties/still_at_large/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.true_or_false !== undefined){
let data173 = data.true_or_false;
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
if(data173.true === undefined){
const err35 = {instancePath:instancePath+"/true_or_false",schemaPath:"#/properties/true_or_false/required",keyword:"required",params:{missingProperty: "true"},message:"must have required property '"+"true"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data173.false === undefined){
const err36 = {instancePath:instancePath+"/true_or_false",schemaPath:"#/properties/true_or_false/required",keyword:"required",params:{missingProperty: "false"},message:"must have required property '"+"false"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key9 in data173){
if(!((key9 === "true") || (key9 === "false"))){
const err37 = {instancePath:instancePath+"/true_or_false",schemaPath:"#/properties/true_or_false/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data173.true !== undefined){
if(!(validate218(data173.true, {instancePath:instancePath+"/true_or_false/true",parentData:data173,parentDataProperty:"true",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data173.false !== undefined){
if(!(validate218(data173.false, {instancePath:instancePath+"/true_or_false/false",parentData:data173,parentDataProperty:"false",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/true_or_false",schemaPath:"#/properties/true_or_false/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.genitive_particles !== undefined){
if(!(validate218(data.genitive_particles, {instancePath:instancePath+"/genitive_particles",parentData:data,parentDataProperty:"genitive_particles",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.someone_says !== undefined){
if(!(validate218(data.someone_says, {instancePath:instancePath+"/someone_says",parentData:data,parentDataProperty:"someone_says",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.elatives !== undefined){
if(!(validate218(data.elatives, {instancePath:instancePath+"/elatives",parentData:data,parentDataProperty:"elatives",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.refuting_verbs !== undefined){
if(!(validate218(data.refuting_verbs, {instancePath:instancePath+"/refuting_verbs",parentData:data,parentDataProperty:"refuting_verbs",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.hearsay_media !== undefined){
if(!(validate218(data.hearsay_media, {instancePath:instancePath+"/hearsay_media",parentData:data,parentDataProperty:"hearsay_media",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.time_conjunctions !== undefined){
if(!(validate218(data.time_conjunctions, {instancePath:instancePath+"/time_conjunctions",parentData:data,parentDataProperty:"time_conjunctions",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.joining_conjunctions !== undefined){
if(!(validate218(data.joining_conjunctions, {instancePath:instancePath+"/joining_conjunctions",parentData:data,parentDataProperty:"joining_conjunctions",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.contrasts !== undefined){
if(!(validate218(data.contrasts, {instancePath:instancePath+"/contrasts",parentData:data,parentDataProperty:"contrasts",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.place_back_references !== undefined){
if(!(validate218(data.place_back_references, {instancePath:instancePath+"/place_back_references",parentData:data,parentDataProperty:"place_back_references",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.partner_pronouns !== undefined){
if(!(validate218(data.partner_pronouns, {instancePath:instancePath+"/partner_pronouns",parentData:data,parentDataProperty:"partner_pronouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.career_nouns !== undefined){
if(!(validate218(data.career_nouns, {instancePath:instancePath+"/career_nouns",parentData:data,parentDataProperty:"career_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.party_nouns !== undefined){
if(!(validate218(data.party_nouns, {instancePath:instancePath+"/party_nouns",parentData:data,parentDataProperty:"party_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.two_countries !== undefined){
if(!(validate218(data.two_countries, {instancePath:instancePath+"/two_countries",parentData:data,parentDataProperty:"two_countries",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.territory_nouns !== undefined){
if(!(validate218(data.territory_nouns, {instancePath:instancePath+"/territory_nouns",parentData:data,parentDataProperty:"territory_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.spread_verbs !== undefined){
if(!(validate218(data.spread_verbs, {instancePath:instancePath+"/spread_verbs",parentData:data,parentDataProperty:"spread_verbs",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.title_nouns !== undefined){
if(!(validate218(data.title_nouns, {instancePath:instancePath+"/title_nouns",parentData:data,parentDataProperty:"title_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.channel_words !== undefined){
if(!(validate218(data.channel_words, {instancePath:instancePath+"/channel_words",parentData:data,parentDataProperty:"channel_words",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.concerning_verbs !== undefined){
if(!(validate218(data.concerning_verbs, {instancePath:instancePath+"/concerning_verbs",parentData:data,parentDataProperty:"concerning_verbs",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.part_quantifiers !== undefined){
if(!(validate218(data.part_quantifiers, {instancePath:instancePath+"/part_quantifiers",parentData:data,parentDataProperty:"part_quantifiers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.fraction_nouns !== undefined){
if(!(validate218(data.fraction_nouns, {instancePath:instancePath+"/fraction_nouns",parentData:data,parentDataProperty:"fraction_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.post_nouns !== undefined){
if(!(validate218(data.post_nouns, {instancePath:instancePath+"/post_nouns",parentData:data,parentDataProperty:"post_nouns",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.alone !== undefined){
if(!(validate218(data.alone, {instancePath:instancePath+"/alone",parentData:data,parentDataProperty:"alone",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.same_body !== undefined){
if(!(validate221(data.same_body, {instancePath:instancePath+"/same_body",parentData:data,parentDataProperty:"same_body",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.regions !== undefined){
if(!(validate221(data.regions, {instancePath:instancePath+"/regions",parentData:data,parentDataProperty:"regions",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.together !== undefined){
if(!(validate218(data.together, {instancePath:instancePath+"/together",parentData:data,parentDataProperty:"together",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.ranked_after !== undefined){
if(!(validate218(data.ranked_after, {instancePath:instancePath+"/ranked_after",parentData:data,parentDataProperty:"ranked_after",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.period_headers !== undefined){
if(!(validate218(data.period_headers, {instancePath:instancePath+"/period_headers",parentData:data,parentDataProperty:"period_headers",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.averages !== undefined){
if(!(validate218(data.averages, {instancePath:instancePath+"/averages",parentData:data,parentDataProperty:"averages",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.yearly_adjectives !== undefined){
if(!(validate218(data.yearly_adjectives, {instancePath:instancePath+"/yearly_adjectives",parentData:data,parentDataProperty:"yearly_adjectives",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.other_measures !== undefined){
if(!(validate218(data.other_measures, {instancePath:instancePath+"/other_measures",parentData:data,parentDataProperty:"other_measures",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.mediterranean !== undefined){
if(!(validate218(data.mediterranean, {instancePath:instancePath+"/mediterranean",parentData:data,parentDataProperty:"mediterranean",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.then_and_now !== undefined){
let data207 = data.then_and_now;
if(data207 && typeof data207 == "object" && !Array.isArray(data207)){
if(data207.then === undefined){
const err39 = {instancePath:instancePath+"/then_and_now",schemaPath:"#/properties/then_and_now/required",keyword:"required",params:{missingProperty: "then"},message:"must have required property '"+"then"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data207.now === undefined){
const err40 = {instancePath:instancePath+"/then_and_now",schemaPath:"#/properties/then_and_now/required",keyword:"required",params:{missingProperty: "now"},message:"must have required property '"+"now"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key10 in data207){
if(!((key10 === "then") || (key10 === "now"))){
const err41 = {instancePath:instancePath+"/then_and_now",schemaPath:"#/properties/then_and_now/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data207.then !== undefined){
if(!(validate218(data207.then, {instancePath:instancePath+"/then_and_now/then",parentData:data207,parentDataProperty:"then",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data207.now !== undefined){
if(!(validate218(data207.now, {instancePath:instancePath+"/then_and_now/now",parentData:data207,parentDataProperty:"now",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/then_and_now",schemaPath:"#/properties/then_and_now/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.per_year !== undefined){
if(!(validate221(data.per_year, {instancePath:instancePath+"/per_year",parentData:data,parentDataProperty:"per_year",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.recalling !== undefined){
if(!(validate218(data.recalling, {instancePath:instancePath+"/recalling",parentData:data,parentDataProperty:"recalling",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.documents !== undefined){
if(!(validate218(data.documents, {instancePath:instancePath+"/documents",parentData:data,parentDataProperty:"documents",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.habitual_being !== undefined){
if(!(validate218(data.habitual_being, {instancePath:instancePath+"/habitual_being",parentData:data,parentDataProperty:"habitual_being",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.summing_up !== undefined){
if(!(validate218(data.summing_up, {instancePath:instancePath+"/summing_up",parentData:data,parentDataProperty:"summing_up",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.same_kind !== undefined){
if(!(validate221(data.same_kind, {instancePath:instancePath+"/same_kind",parentData:data,parentDataProperty:"same_kind",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.conditionals !== undefined){
if(!(validate221(data.conditionals, {instancePath:instancePath+"/conditionals",parentData:data,parentDataProperty:"conditionals",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.conditional_answer_exceptions !== undefined){
if(!(validate218(data.conditional_answer_exceptions, {instancePath:instancePath+"/conditional_answer_exceptions",parentData:data,parentDataProperty:"conditional_answer_exceptions",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
if(data.forecasts !== undefined){
if(!(validate221(data.forecasts, {instancePath:instancePath+"/forecasts",parentData:data,parentDataProperty:"forecasts",rootData}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
}
if(data.hearsay !== undefined){
if(!(validate218(data.hearsay, {instancePath:instancePath+"/hearsay",parentData:data,parentDataProperty:"hearsay",rootData}))){
vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate217.errors = vErrors;
return errors === 0;
}

export const i18nMessages = validate428;
const schema62 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"i18n-messages.schema.json","title":"Messages","description":"The interface text of the page and the data card in one language (pipeline/publish/i18n/<lang>.json). Every key is required, so the three tables cannot drift apart. A message is a text with {name} placeholders, or, where a number decides the wording, one text per CLDR plural category of the language (Intl.PluralRules), chosen by the {count} parameter.","type":"object","additionalProperties":false,"required":["page.title","page.skip","page.footer","nav.languages","lede.figures","lede.no_figures","lede.version","download.workbook","download.first","download.all","key.title","key.title_none","key.none","key.change","key.change_computed","table.title","table.caption","table.intro","table.intro_card","table.indicator","table.unit","table.period","table.versus","table.no_figure","derived.title","derived.caption","derived.figure","derived.value","derived.interval","derived.method","derived.between","derived.none","derived.rule","derived.full_precision","chart.title","chart.alt","chart.caption","chart.open","quote.title","quote.intro","quote.limited","quote.period_versus","quote.meta","files.title","files.intro","files.none","files.other","files.checksums","files.checksums_intro","size.byte","size.bytes","size.kB","size.MB","size.GB","size.exact","version.title","version.changes","version.initial","version.bump_major","version.bump_minor","version.bump_patch","version.rows_added","version.rows_changed","version.rows_removed","version.earlier_title","version.earlier","version.first","about.title","about.limits","coverage.sources","coverage.no_figures","coverage.period_one","coverage.period_many","coverage.series_none","coverage.series","limits.publisher_unknown_all","limits.publisher_unknown_some","limits.author_unknown_all","limits.author_unknown_some","cite.title","cite.licence","source.title","source.none","source.untitled","source.publisher","source.author","source.link","source.no_link","source.published","source.retrieved","source.period","source.licence","source.notes","list.separator","unknown","qualifier.gt","qualifier.gte","qualifier.lt","qualifier.lte","qualifier.approx","period.h1","period.h2","period.q1","period.q2","period.q3","period.q4","date.day_month_year","month.january","month.february","month.march","month.april","month.may","month.june","month.july","month.august","month.september","month.october","month.november","month.december","number.group","number.decimal","number.minus","number.plus","number.percent","card.version","card.version_dated","card.licence","card.indicators","card.indicator_id","card.what_is_counted","card.files","card.file","card.size","card.what","card.check","file.workbook.format","file.workbook.label","file.workbook.description","file.csv.format","file.csv.label","file.csv.description","file.excelCsv.format","file.excelCsv.label","file.excelCsv.description","file.json.format","file.json.label","file.json.description","file.datapackage.format","file.datapackage.label","file.datapackage.description","file.jsonld.format","file.jsonld.label","file.jsonld.description","file.card.format","file.card.label","file.card.description","file.chart.format","file.chart.label","file.chart.description","file.sums.format","file.sums.label","file.sums.description","workbook.readme_title","workbook.readme_description","workbook.sheets_title","workbook.sheets_intro","workbook.by_period_description","workbook.dictionary_title","workbook.dictionary_intro","workbook.licence_title","workbook.fact"],"properties":{"page.title":{"$ref":"#/definitions/text"},"page.skip":{"$ref":"#/definitions/text"},"page.footer":{"$ref":"#/definitions/text"},"nav.languages":{"$ref":"#/definitions/text"},"lede.figures":{"$ref":"#/definitions/plural"},"lede.no_figures":{"$ref":"#/definitions/text"},"lede.version":{"$ref":"#/definitions/text"},"download.workbook":{"$ref":"#/definitions/text"},"download.first":{"$ref":"#/definitions/text"},"download.all":{"$ref":"#/definitions/text"},"key.title":{"$ref":"#/definitions/text"},"key.title_none":{"$ref":"#/definitions/text"},"key.none":{"$ref":"#/definitions/text"},"key.change":{"$ref":"#/definitions/text"},"key.change_computed":{"$ref":"#/definitions/text"},"table.title":{"$ref":"#/definitions/text"},"table.caption":{"$ref":"#/definitions/text"},"table.intro":{"$ref":"#/definitions/text"},"table.intro_card":{"$ref":"#/definitions/text"},"table.indicator":{"$ref":"#/definitions/text"},"table.unit":{"$ref":"#/definitions/text"},"table.period":{"$ref":"#/definitions/text"},"table.versus":{"$ref":"#/definitions/text"},"table.no_figure":{"$ref":"#/definitions/text"},"derived.title":{"$ref":"#/definitions/text"},"derived.caption":{"$ref":"#/definitions/text"},"derived.figure":{"$ref":"#/definitions/text"},"derived.value":{"$ref":"#/definitions/text"},"derived.interval":{"$ref":"#/definitions/text"},"derived.method":{"$ref":"#/definitions/text"},"derived.between":{"$ref":"#/definitions/text"},"derived.none":{"$ref":"#/definitions/text"},"derived.rule":{"$ref":"#/definitions/text"},"derived.full_precision":{"$ref":"#/definitions/text"},"chart.title":{"$ref":"#/definitions/text"},"chart.alt":{"$ref":"#/definitions/text"},"chart.caption":{"$ref":"#/definitions/text"},"chart.open":{"$ref":"#/definitions/text"},"quote.title":{"$ref":"#/definitions/text"},"quote.intro":{"$ref":"#/definitions/text"},"quote.limited":{"$ref":"#/definitions/plural"},"quote.period_versus":{"$ref":"#/definitions/text"},"quote.meta":{"$ref":"#/definitions/text"},"files.title":{"$ref":"#/definitions/text"},"files.intro":{"$ref":"#/definitions/text"},"files.none":{"$ref":"#/definitions/text"},"files.other":{"$ref":"#/definitions/text"},"files.checksums":{"$ref":"#/definitions/text"},"files.checksums_intro":{"$ref":"#/definitions/text"},"size.byte":{"$ref":"#/definitions/text"},"size.bytes":{"$ref":"#/definitions/text"},"size.kB":{"$ref":"#/definitions/text"},"size.MB":{"$ref":"#/definitions/text"},"size.GB":{"$ref":"#/definitions/text"},"size.exact":{"$ref":"#/definitions/plural"},"version.title":{"$ref":"#/definitions/text"},"version.changes":{"$ref":"#/definitions/text"},"version.initial":{"$ref":"#/definitions/text"},"version.bump_major":{"$ref":"#/definitions/text"},"version.bump_minor":{"$ref":"#/definitions/text"},"version.bump_patch":{"$ref":"#/definitions/text"},"version.rows_added":{"$ref":"#/definitions/plural"},"version.rows_changed":{"$ref":"#/definitions/plural"},"version.rows_removed":{"$ref":"#/definitions/plural"},"version.earlier_title":{"$ref":"#/definitions/text"},"version.earlier":{"$ref":"#/definitions/plural"},"version.first":{"$ref":"#/definitions/text"},"about.title":{"$ref":"#/definitions/text"},"about.limits":{"$ref":"#/definitions/text"},"coverage.sources":{"$ref":"#/definitions/plural"},"coverage.no_figures":{"$ref":"#/definitions/text"},"coverage.period_one":{"$ref":"#/definitions/text"},"coverage.period_many":{"$ref":"#/definitions/plural"},"coverage.series_none":{"$ref":"#/definitions/text"},"coverage.series":{"$ref":"#/definitions/plural"},"limits.publisher_unknown_all":{"$ref":"#/definitions/plural"},"limits.publisher_unknown_some":{"$ref":"#/definitions/plural"},"limits.author_unknown_all":{"$ref":"#/definitions/plural"},"limits.author_unknown_some":{"$ref":"#/definitions/plural"},"cite.title":{"$ref":"#/definitions/text"},"cite.licence":{"$ref":"#/definitions/text"},"source.title":{"$ref":"#/definitions/plural"},"source.none":{"$ref":"#/definitions/text"},"source.untitled":{"$ref":"#/definitions/text"},"source.publisher":{"$ref":"#/definitions/text"},"source.author":{"$ref":"#/definitions/text"},"source.link":{"$ref":"#/definitions/text"},"source.no_link":{"$ref":"#/definitions/text"},"source.published":{"$ref":"#/definitions/text"},"source.retrieved":{"$ref":"#/definitions/text"},"source.period":{"$ref":"#/definitions/text"},"source.licence":{"$ref":"#/definitions/text"},"source.notes":{"$ref":"#/definitions/text"},"list.separator":{"$ref":"#/definitions/text"},"unknown":{"$ref":"#/definitions/text"},"qualifier.gt":{"$ref":"#/definitions/text"},"qualifier.gte":{"$ref":"#/definitions/text"},"qualifier.lt":{"$ref":"#/definitions/text"},"qualifier.lte":{"$ref":"#/definitions/text"},"qualifier.approx":{"$ref":"#/definitions/text"},"period.h1":{"$ref":"#/definitions/text"},"period.h2":{"$ref":"#/definitions/text"},"period.q1":{"$ref":"#/definitions/text"},"period.q2":{"$ref":"#/definitions/text"},"period.q3":{"$ref":"#/definitions/text"},"period.q4":{"$ref":"#/definitions/text"},"date.day_month_year":{"$ref":"#/definitions/text"},"month.january":{"$ref":"#/definitions/text"},"month.february":{"$ref":"#/definitions/text"},"month.march":{"$ref":"#/definitions/text"},"month.april":{"$ref":"#/definitions/text"},"month.may":{"$ref":"#/definitions/text"},"month.june":{"$ref":"#/definitions/text"},"month.july":{"$ref":"#/definitions/text"},"month.august":{"$ref":"#/definitions/text"},"month.september":{"$ref":"#/definitions/text"},"month.october":{"$ref":"#/definitions/text"},"month.november":{"$ref":"#/definitions/text"},"month.december":{"$ref":"#/definitions/text"},"number.group":{"$ref":"#/definitions/text"},"number.decimal":{"$ref":"#/definitions/text"},"number.minus":{"$ref":"#/definitions/text"},"number.plus":{"$ref":"#/definitions/text"},"number.percent":{"$ref":"#/definitions/text"},"card.version":{"$ref":"#/definitions/text"},"card.version_dated":{"$ref":"#/definitions/text"},"card.licence":{"$ref":"#/definitions/text"},"card.indicators":{"$ref":"#/definitions/text"},"card.indicator_id":{"$ref":"#/definitions/text"},"card.what_is_counted":{"$ref":"#/definitions/text"},"card.files":{"$ref":"#/definitions/text"},"card.file":{"$ref":"#/definitions/text"},"card.size":{"$ref":"#/definitions/text"},"card.what":{"$ref":"#/definitions/text"},"card.check":{"$ref":"#/definitions/text"},"file.workbook.format":{"$ref":"#/definitions/text"},"file.workbook.label":{"$ref":"#/definitions/text"},"file.workbook.description":{"$ref":"#/definitions/text"},"file.csv.format":{"$ref":"#/definitions/text"},"file.csv.label":{"$ref":"#/definitions/text"},"file.csv.description":{"$ref":"#/definitions/text"},"file.excelCsv.format":{"$ref":"#/definitions/text"},"file.excelCsv.label":{"$ref":"#/definitions/text"},"file.excelCsv.description":{"$ref":"#/definitions/text"},"file.json.format":{"$ref":"#/definitions/text"},"file.json.label":{"$ref":"#/definitions/text"},"file.json.description":{"$ref":"#/definitions/text"},"file.datapackage.format":{"$ref":"#/definitions/text"},"file.datapackage.label":{"$ref":"#/definitions/text"},"file.datapackage.description":{"$ref":"#/definitions/text"},"file.jsonld.format":{"$ref":"#/definitions/text"},"file.jsonld.label":{"$ref":"#/definitions/text"},"file.jsonld.description":{"$ref":"#/definitions/text"},"file.card.format":{"$ref":"#/definitions/text"},"file.card.label":{"$ref":"#/definitions/text"},"file.card.description":{"$ref":"#/definitions/text"},"file.chart.format":{"$ref":"#/definitions/text"},"file.chart.label":{"$ref":"#/definitions/text"},"file.chart.description":{"$ref":"#/definitions/text"},"file.sums.format":{"$ref":"#/definitions/text"},"file.sums.label":{"$ref":"#/definitions/text"},"file.sums.description":{"$ref":"#/definitions/text"},"workbook.readme_title":{"$ref":"#/definitions/text"},"workbook.readme_description":{"$ref":"#/definitions/text"},"workbook.sheets_title":{"$ref":"#/definitions/text"},"workbook.sheets_intro":{"$ref":"#/definitions/text"},"workbook.by_period_description":{"$ref":"#/definitions/text"},"workbook.dictionary_title":{"$ref":"#/definitions/text"},"workbook.dictionary_intro":{"$ref":"#/definitions/text"},"workbook.licence_title":{"$ref":"#/definitions/text"},"workbook.fact":{"$ref":"#/definitions/text"}},"definitions":{"text":{"type":"string","minLength":1},"plural":{"description":"One text per CLDR plural category; 'other' is required and stands in for a category not given.","type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}}}};
const schema63 = {"type":"string","minLength":1};

function validate429(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func4(data) < 1){
const err0 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate429.errors = vErrors;
return errors === 0;
}

const schema64 = {"description":"One text per CLDR plural category; 'other' is required and stands in for a category not given.","type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}};

function validate434(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.other === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "zero") || (key0 === "one")) || (key0 === "two")) || (key0 === "few")) || (key0 === "many")) || (key0 === "other"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.zero !== undefined){
let data0 = data.zero;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err2 = {instancePath:instancePath+"/zero",schemaPath:"#/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/zero",schemaPath:"#/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.one !== undefined){
let data1 = data.one;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err4 = {instancePath:instancePath+"/one",schemaPath:"#/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/one",schemaPath:"#/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.two !== undefined){
let data2 = data.two;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err6 = {instancePath:instancePath+"/two",schemaPath:"#/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/two",schemaPath:"#/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.few !== undefined){
let data3 = data.few;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err8 = {instancePath:instancePath+"/few",schemaPath:"#/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/few",schemaPath:"#/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.many !== undefined){
let data4 = data.many;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err10 = {instancePath:instancePath+"/many",schemaPath:"#/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/many",schemaPath:"#/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.other !== undefined){
let data5 = data.other;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err12 = {instancePath:instancePath+"/other",schemaPath:"#/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/other",schemaPath:"#/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate434.errors = vErrors;
return errors === 0;
}


function validate428(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="i18n-messages.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema62.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema62.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["page.title"] !== undefined){
if(!(validate429(data["page.title"], {instancePath:instancePath+"/page.title",parentData:data,parentDataProperty:"page.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["page.skip"] !== undefined){
if(!(validate429(data["page.skip"], {instancePath:instancePath+"/page.skip",parentData:data,parentDataProperty:"page.skip",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["page.footer"] !== undefined){
if(!(validate429(data["page.footer"], {instancePath:instancePath+"/page.footer",parentData:data,parentDataProperty:"page.footer",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["nav.languages"] !== undefined){
if(!(validate429(data["nav.languages"], {instancePath:instancePath+"/nav.languages",parentData:data,parentDataProperty:"nav.languages",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["lede.figures"] !== undefined){
if(!(validate434(data["lede.figures"], {instancePath:instancePath+"/lede.figures",parentData:data,parentDataProperty:"lede.figures",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["lede.no_figures"] !== undefined){
if(!(validate429(data["lede.no_figures"], {instancePath:instancePath+"/lede.no_figures",parentData:data,parentDataProperty:"lede.no_figures",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["lede.version"] !== undefined){
if(!(validate429(data["lede.version"], {instancePath:instancePath+"/lede.version",parentData:data,parentDataProperty:"lede.version",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["download.workbook"] !== undefined){
if(!(validate429(data["download.workbook"], {instancePath:instancePath+"/download.workbook",parentData:data,parentDataProperty:"download.workbook",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["download.first"] !== undefined){
if(!(validate429(data["download.first"], {instancePath:instancePath+"/download.first",parentData:data,parentDataProperty:"download.first",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["download.all"] !== undefined){
if(!(validate429(data["download.all"], {instancePath:instancePath+"/download.all",parentData:data,parentDataProperty:"download.all",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["key.title"] !== undefined){
if(!(validate429(data["key.title"], {instancePath:instancePath+"/key.title",parentData:data,parentDataProperty:"key.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["key.title_none"] !== undefined){
if(!(validate429(data["key.title_none"], {instancePath:instancePath+"/key.title_none",parentData:data,parentDataProperty:"key.title_none",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["key.none"] !== undefined){
if(!(validate429(data["key.none"], {instancePath:instancePath+"/key.none",parentData:data,parentDataProperty:"key.none",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["key.change"] !== undefined){
if(!(validate429(data["key.change"], {instancePath:instancePath+"/key.change",parentData:data,parentDataProperty:"key.change",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["key.change_computed"] !== undefined){
if(!(validate429(data["key.change_computed"], {instancePath:instancePath+"/key.change_computed",parentData:data,parentDataProperty:"key.change_computed",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.title"] !== undefined){
if(!(validate429(data["table.title"], {instancePath:instancePath+"/table.title",parentData:data,parentDataProperty:"table.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.caption"] !== undefined){
if(!(validate429(data["table.caption"], {instancePath:instancePath+"/table.caption",parentData:data,parentDataProperty:"table.caption",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.intro"] !== undefined){
if(!(validate429(data["table.intro"], {instancePath:instancePath+"/table.intro",parentData:data,parentDataProperty:"table.intro",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.intro_card"] !== undefined){
if(!(validate429(data["table.intro_card"], {instancePath:instancePath+"/table.intro_card",parentData:data,parentDataProperty:"table.intro_card",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.indicator"] !== undefined){
if(!(validate429(data["table.indicator"], {instancePath:instancePath+"/table.indicator",parentData:data,parentDataProperty:"table.indicator",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.unit"] !== undefined){
if(!(validate429(data["table.unit"], {instancePath:instancePath+"/table.unit",parentData:data,parentDataProperty:"table.unit",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.period"] !== undefined){
if(!(validate429(data["table.period"], {instancePath:instancePath+"/table.period",parentData:data,parentDataProperty:"table.period",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.versus"] !== undefined){
if(!(validate429(data["table.versus"], {instancePath:instancePath+"/table.versus",parentData:data,parentDataProperty:"table.versus",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["table.no_figure"] !== undefined){
if(!(validate429(data["table.no_figure"], {instancePath:instancePath+"/table.no_figure",parentData:data,parentDataProperty:"table.no_figure",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.title"] !== undefined){
if(!(validate429(data["derived.title"], {instancePath:instancePath+"/derived.title",parentData:data,parentDataProperty:"derived.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.caption"] !== undefined){
if(!(validate429(data["derived.caption"], {instancePath:instancePath+"/derived.caption",parentData:data,parentDataProperty:"derived.caption",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.figure"] !== undefined){
if(!(validate429(data["derived.figure"], {instancePath:instancePath+"/derived.figure",parentData:data,parentDataProperty:"derived.figure",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.value"] !== undefined){
if(!(validate429(data["derived.value"], {instancePath:instancePath+"/derived.value",parentData:data,parentDataProperty:"derived.value",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.interval"] !== undefined){
if(!(validate429(data["derived.interval"], {instancePath:instancePath+"/derived.interval",parentData:data,parentDataProperty:"derived.interval",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.method"] !== undefined){
if(!(validate429(data["derived.method"], {instancePath:instancePath+"/derived.method",parentData:data,parentDataProperty:"derived.method",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.between"] !== undefined){
if(!(validate429(data["derived.between"], {instancePath:instancePath+"/derived.between",parentData:data,parentDataProperty:"derived.between",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.none"] !== undefined){
if(!(validate429(data["derived.none"], {instancePath:instancePath+"/derived.none",parentData:data,parentDataProperty:"derived.none",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.rule"] !== undefined){
if(!(validate429(data["derived.rule"], {instancePath:instancePath+"/derived.rule",parentData:data,parentDataProperty:"derived.rule",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["derived.full_precision"] !== undefined){
if(!(validate429(data["derived.full_precision"], {instancePath:instancePath+"/derived.full_precision",parentData:data,parentDataProperty:"derived.full_precision",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["chart.title"] !== undefined){
if(!(validate429(data["chart.title"], {instancePath:instancePath+"/chart.title",parentData:data,parentDataProperty:"chart.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["chart.alt"] !== undefined){
if(!(validate429(data["chart.alt"], {instancePath:instancePath+"/chart.alt",parentData:data,parentDataProperty:"chart.alt",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["chart.caption"] !== undefined){
if(!(validate429(data["chart.caption"], {instancePath:instancePath+"/chart.caption",parentData:data,parentDataProperty:"chart.caption",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["chart.open"] !== undefined){
if(!(validate429(data["chart.open"], {instancePath:instancePath+"/chart.open",parentData:data,parentDataProperty:"chart.open",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["quote.title"] !== undefined){
if(!(validate429(data["quote.title"], {instancePath:instancePath+"/quote.title",parentData:data,parentDataProperty:"quote.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["quote.intro"] !== undefined){
if(!(validate429(data["quote.intro"], {instancePath:instancePath+"/quote.intro",parentData:data,parentDataProperty:"quote.intro",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["quote.limited"] !== undefined){
if(!(validate434(data["quote.limited"], {instancePath:instancePath+"/quote.limited",parentData:data,parentDataProperty:"quote.limited",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["quote.period_versus"] !== undefined){
if(!(validate429(data["quote.period_versus"], {instancePath:instancePath+"/quote.period_versus",parentData:data,parentDataProperty:"quote.period_versus",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["quote.meta"] !== undefined){
if(!(validate429(data["quote.meta"], {instancePath:instancePath+"/quote.meta",parentData:data,parentDataProperty:"quote.meta",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["files.title"] !== undefined){
if(!(validate429(data["files.title"], {instancePath:instancePath+"/files.title",parentData:data,parentDataProperty:"files.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["files.intro"] !== undefined){
if(!(validate429(data["files.intro"], {instancePath:instancePath+"/files.intro",parentData:data,parentDataProperty:"files.intro",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["files.none"] !== undefined){
if(!(validate429(data["files.none"], {instancePath:instancePath+"/files.none",parentData:data,parentDataProperty:"files.none",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["files.other"] !== undefined){
if(!(validate429(data["files.other"], {instancePath:instancePath+"/files.other",parentData:data,parentDataProperty:"files.other",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["files.checksums"] !== undefined){
if(!(validate429(data["files.checksums"], {instancePath:instancePath+"/files.checksums",parentData:data,parentDataProperty:"files.checksums",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["files.checksums_intro"] !== undefined){
if(!(validate429(data["files.checksums_intro"], {instancePath:instancePath+"/files.checksums_intro",parentData:data,parentDataProperty:"files.checksums_intro",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["size.byte"] !== undefined){
if(!(validate429(data["size.byte"], {instancePath:instancePath+"/size.byte",parentData:data,parentDataProperty:"size.byte",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["size.bytes"] !== undefined){
if(!(validate429(data["size.bytes"], {instancePath:instancePath+"/size.bytes",parentData:data,parentDataProperty:"size.bytes",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["size.kB"] !== undefined){
if(!(validate429(data["size.kB"], {instancePath:instancePath+"/size.kB",parentData:data,parentDataProperty:"size.kB",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["size.MB"] !== undefined){
if(!(validate429(data["size.MB"], {instancePath:instancePath+"/size.MB",parentData:data,parentDataProperty:"size.MB",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["size.GB"] !== undefined){
if(!(validate429(data["size.GB"], {instancePath:instancePath+"/size.GB",parentData:data,parentDataProperty:"size.GB",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["size.exact"] !== undefined){
if(!(validate434(data["size.exact"], {instancePath:instancePath+"/size.exact",parentData:data,parentDataProperty:"size.exact",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["version.title"] !== undefined){
if(!(validate429(data["version.title"], {instancePath:instancePath+"/version.title",parentData:data,parentDataProperty:"version.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["version.changes"] !== undefined){
if(!(validate429(data["version.changes"], {instancePath:instancePath+"/version.changes",parentData:data,parentDataProperty:"version.changes",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["version.initial"] !== undefined){
if(!(validate429(data["version.initial"], {instancePath:instancePath+"/version.initial",parentData:data,parentDataProperty:"version.initial",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["version.bump_major"] !== undefined){
if(!(validate429(data["version.bump_major"], {instancePath:instancePath+"/version.bump_major",parentData:data,parentDataProperty:"version.bump_major",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["version.bump_minor"] !== undefined){
if(!(validate429(data["version.bump_minor"], {instancePath:instancePath+"/version.bump_minor",parentData:data,parentDataProperty:"version.bump_minor",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["version.bump_patch"] !== undefined){
if(!(validate429(data["version.bump_patch"], {instancePath:instancePath+"/version.bump_patch",parentData:data,parentDataProperty:"version.bump_patch",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["version.rows_added"] !== undefined){
if(!(validate434(data["version.rows_added"], {instancePath:instancePath+"/version.rows_added",parentData:data,parentDataProperty:"version.rows_added",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["version.rows_changed"] !== undefined){
if(!(validate434(data["version.rows_changed"], {instancePath:instancePath+"/version.rows_changed",parentData:data,parentDataProperty:"version.rows_changed",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["version.rows_removed"] !== undefined){
if(!(validate434(data["version.rows_removed"], {instancePath:instancePath+"/version.rows_removed",parentData:data,parentDataProperty:"version.rows_removed",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["version.earlier_title"] !== undefined){
if(!(validate429(data["version.earlier_title"], {instancePath:instancePath+"/version.earlier_title",parentData:data,parentDataProperty:"version.earlier_title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["version.earlier"] !== undefined){
if(!(validate434(data["version.earlier"], {instancePath:instancePath+"/version.earlier",parentData:data,parentDataProperty:"version.earlier",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["version.first"] !== undefined){
if(!(validate429(data["version.first"], {instancePath:instancePath+"/version.first",parentData:data,parentDataProperty:"version.first",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["about.title"] !== undefined){
if(!(validate429(data["about.title"], {instancePath:instancePath+"/about.title",parentData:data,parentDataProperty:"about.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["about.limits"] !== undefined){
if(!(validate429(data["about.limits"], {instancePath:instancePath+"/about.limits",parentData:data,parentDataProperty:"about.limits",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["coverage.sources"] !== undefined){
if(!(validate434(data["coverage.sources"], {instancePath:instancePath+"/coverage.sources",parentData:data,parentDataProperty:"coverage.sources",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["coverage.no_figures"] !== undefined){
if(!(validate429(data["coverage.no_figures"], {instancePath:instancePath+"/coverage.no_figures",parentData:data,parentDataProperty:"coverage.no_figures",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["coverage.period_one"] !== undefined){
if(!(validate429(data["coverage.period_one"], {instancePath:instancePath+"/coverage.period_one",parentData:data,parentDataProperty:"coverage.period_one",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["coverage.period_many"] !== undefined){
if(!(validate434(data["coverage.period_many"], {instancePath:instancePath+"/coverage.period_many",parentData:data,parentDataProperty:"coverage.period_many",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["coverage.series_none"] !== undefined){
if(!(validate429(data["coverage.series_none"], {instancePath:instancePath+"/coverage.series_none",parentData:data,parentDataProperty:"coverage.series_none",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["coverage.series"] !== undefined){
if(!(validate434(data["coverage.series"], {instancePath:instancePath+"/coverage.series",parentData:data,parentDataProperty:"coverage.series",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["limits.publisher_unknown_all"] !== undefined){
if(!(validate434(data["limits.publisher_unknown_all"], {instancePath:instancePath+"/limits.publisher_unknown_all",parentData:data,parentDataProperty:"limits.publisher_unknown_all",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["limits.publisher_unknown_some"] !== undefined){
if(!(validate434(data["limits.publisher_unknown_some"], {instancePath:instancePath+"/limits.publisher_unknown_some",parentData:data,parentDataProperty:"limits.publisher_unknown_some",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["limits.author_unknown_all"] !== undefined){
if(!(validate434(data["limits.author_unknown_all"], {instancePath:instancePath+"/limits.author_unknown_all",parentData:data,parentDataProperty:"limits.author_unknown_all",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["limits.author_unknown_some"] !== undefined){
if(!(validate434(data["limits.author_unknown_some"], {instancePath:instancePath+"/limits.author_unknown_some",parentData:data,parentDataProperty:"limits.author_unknown_some",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["cite.title"] !== undefined){
if(!(validate429(data["cite.title"], {instancePath:instancePath+"/cite.title",parentData:data,parentDataProperty:"cite.title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["cite.licence"] !== undefined){
if(!(validate429(data["cite.licence"], {instancePath:instancePath+"/cite.licence",parentData:data,parentDataProperty:"cite.licence",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.title"] !== undefined){
if(!(validate434(data["source.title"], {instancePath:instancePath+"/source.title",parentData:data,parentDataProperty:"source.title",rootData}))){
vErrors = vErrors === null ? validate434.errors : vErrors.concat(validate434.errors);
errors = vErrors.length;
}
}
if(data["source.none"] !== undefined){
if(!(validate429(data["source.none"], {instancePath:instancePath+"/source.none",parentData:data,parentDataProperty:"source.none",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.untitled"] !== undefined){
if(!(validate429(data["source.untitled"], {instancePath:instancePath+"/source.untitled",parentData:data,parentDataProperty:"source.untitled",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.publisher"] !== undefined){
if(!(validate429(data["source.publisher"], {instancePath:instancePath+"/source.publisher",parentData:data,parentDataProperty:"source.publisher",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.author"] !== undefined){
if(!(validate429(data["source.author"], {instancePath:instancePath+"/source.author",parentData:data,parentDataProperty:"source.author",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.link"] !== undefined){
if(!(validate429(data["source.link"], {instancePath:instancePath+"/source.link",parentData:data,parentDataProperty:"source.link",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.no_link"] !== undefined){
if(!(validate429(data["source.no_link"], {instancePath:instancePath+"/source.no_link",parentData:data,parentDataProperty:"source.no_link",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.published"] !== undefined){
if(!(validate429(data["source.published"], {instancePath:instancePath+"/source.published",parentData:data,parentDataProperty:"source.published",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.retrieved"] !== undefined){
if(!(validate429(data["source.retrieved"], {instancePath:instancePath+"/source.retrieved",parentData:data,parentDataProperty:"source.retrieved",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.period"] !== undefined){
if(!(validate429(data["source.period"], {instancePath:instancePath+"/source.period",parentData:data,parentDataProperty:"source.period",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.licence"] !== undefined){
if(!(validate429(data["source.licence"], {instancePath:instancePath+"/source.licence",parentData:data,parentDataProperty:"source.licence",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["source.notes"] !== undefined){
if(!(validate429(data["source.notes"], {instancePath:instancePath+"/source.notes",parentData:data,parentDataProperty:"source.notes",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["list.separator"] !== undefined){
if(!(validate429(data["list.separator"], {instancePath:instancePath+"/list.separator",parentData:data,parentDataProperty:"list.separator",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data.unknown !== undefined){
if(!(validate429(data.unknown, {instancePath:instancePath+"/unknown",parentData:data,parentDataProperty:"unknown",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["qualifier.gt"] !== undefined){
if(!(validate429(data["qualifier.gt"], {instancePath:instancePath+"/qualifier.gt",parentData:data,parentDataProperty:"qualifier.gt",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["qualifier.gte"] !== undefined){
if(!(validate429(data["qualifier.gte"], {instancePath:instancePath+"/qualifier.gte",parentData:data,parentDataProperty:"qualifier.gte",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["qualifier.lt"] !== undefined){
if(!(validate429(data["qualifier.lt"], {instancePath:instancePath+"/qualifier.lt",parentData:data,parentDataProperty:"qualifier.lt",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["qualifier.lte"] !== undefined){
if(!(validate429(data["qualifier.lte"], {instancePath:instancePath+"/qualifier.lte",parentData:data,parentDataProperty:"qualifier.lte",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["qualifier.approx"] !== undefined){
if(!(validate429(data["qualifier.approx"], {instancePath:instancePath+"/qualifier.approx",parentData:data,parentDataProperty:"qualifier.approx",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["period.h1"] !== undefined){
if(!(validate429(data["period.h1"], {instancePath:instancePath+"/period.h1",parentData:data,parentDataProperty:"period.h1",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["period.h2"] !== undefined){
if(!(validate429(data["period.h2"], {instancePath:instancePath+"/period.h2",parentData:data,parentDataProperty:"period.h2",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["period.q1"] !== undefined){
if(!(validate429(data["period.q1"], {instancePath:instancePath+"/period.q1",parentData:data,parentDataProperty:"period.q1",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["period.q2"] !== undefined){
if(!(validate429(data["period.q2"], {instancePath:instancePath+"/period.q2",parentData:data,parentDataProperty:"period.q2",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["period.q3"] !== undefined){
if(!(validate429(data["period.q3"], {instancePath:instancePath+"/period.q3",parentData:data,parentDataProperty:"period.q3",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["period.q4"] !== undefined){
if(!(validate429(data["period.q4"], {instancePath:instancePath+"/period.q4",parentData:data,parentDataProperty:"period.q4",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["date.day_month_year"] !== undefined){
if(!(validate429(data["date.day_month_year"], {instancePath:instancePath+"/date.day_month_year",parentData:data,parentDataProperty:"date.day_month_year",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.january"] !== undefined){
if(!(validate429(data["month.january"], {instancePath:instancePath+"/month.january",parentData:data,parentDataProperty:"month.january",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.february"] !== undefined){
if(!(validate429(data["month.february"], {instancePath:instancePath+"/month.february",parentData:data,parentDataProperty:"month.february",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.march"] !== undefined){
if(!(validate429(data["month.march"], {instancePath:instancePath+"/month.march",parentData:data,parentDataProperty:"month.march",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.april"] !== undefined){
if(!(validate429(data["month.april"], {instancePath:instancePath+"/month.april",parentData:data,parentDataProperty:"month.april",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.may"] !== undefined){
if(!(validate429(data["month.may"], {instancePath:instancePath+"/month.may",parentData:data,parentDataProperty:"month.may",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.june"] !== undefined){
if(!(validate429(data["month.june"], {instancePath:instancePath+"/month.june",parentData:data,parentDataProperty:"month.june",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.july"] !== undefined){
if(!(validate429(data["month.july"], {instancePath:instancePath+"/month.july",parentData:data,parentDataProperty:"month.july",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.august"] !== undefined){
if(!(validate429(data["month.august"], {instancePath:instancePath+"/month.august",parentData:data,parentDataProperty:"month.august",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.september"] !== undefined){
if(!(validate429(data["month.september"], {instancePath:instancePath+"/month.september",parentData:data,parentDataProperty:"month.september",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.october"] !== undefined){
if(!(validate429(data["month.october"], {instancePath:instancePath+"/month.october",parentData:data,parentDataProperty:"month.october",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.november"] !== undefined){
if(!(validate429(data["month.november"], {instancePath:instancePath+"/month.november",parentData:data,parentDataProperty:"month.november",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["month.december"] !== undefined){
if(!(validate429(data["month.december"], {instancePath:instancePath+"/month.december",parentData:data,parentDataProperty:"month.december",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["number.group"] !== undefined){
if(!(validate429(data["number.group"], {instancePath:instancePath+"/number.group",parentData:data,parentDataProperty:"number.group",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["number.decimal"] !== undefined){
if(!(validate429(data["number.decimal"], {instancePath:instancePath+"/number.decimal",parentData:data,parentDataProperty:"number.decimal",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["number.minus"] !== undefined){
if(!(validate429(data["number.minus"], {instancePath:instancePath+"/number.minus",parentData:data,parentDataProperty:"number.minus",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["number.plus"] !== undefined){
if(!(validate429(data["number.plus"], {instancePath:instancePath+"/number.plus",parentData:data,parentDataProperty:"number.plus",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["number.percent"] !== undefined){
if(!(validate429(data["number.percent"], {instancePath:instancePath+"/number.percent",parentData:data,parentDataProperty:"number.percent",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.version"] !== undefined){
if(!(validate429(data["card.version"], {instancePath:instancePath+"/card.version",parentData:data,parentDataProperty:"card.version",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.version_dated"] !== undefined){
if(!(validate429(data["card.version_dated"], {instancePath:instancePath+"/card.version_dated",parentData:data,parentDataProperty:"card.version_dated",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.licence"] !== undefined){
if(!(validate429(data["card.licence"], {instancePath:instancePath+"/card.licence",parentData:data,parentDataProperty:"card.licence",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.indicators"] !== undefined){
if(!(validate429(data["card.indicators"], {instancePath:instancePath+"/card.indicators",parentData:data,parentDataProperty:"card.indicators",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.indicator_id"] !== undefined){
if(!(validate429(data["card.indicator_id"], {instancePath:instancePath+"/card.indicator_id",parentData:data,parentDataProperty:"card.indicator_id",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.what_is_counted"] !== undefined){
if(!(validate429(data["card.what_is_counted"], {instancePath:instancePath+"/card.what_is_counted",parentData:data,parentDataProperty:"card.what_is_counted",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.files"] !== undefined){
if(!(validate429(data["card.files"], {instancePath:instancePath+"/card.files",parentData:data,parentDataProperty:"card.files",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.file"] !== undefined){
if(!(validate429(data["card.file"], {instancePath:instancePath+"/card.file",parentData:data,parentDataProperty:"card.file",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.size"] !== undefined){
if(!(validate429(data["card.size"], {instancePath:instancePath+"/card.size",parentData:data,parentDataProperty:"card.size",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.what"] !== undefined){
if(!(validate429(data["card.what"], {instancePath:instancePath+"/card.what",parentData:data,parentDataProperty:"card.what",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["card.check"] !== undefined){
if(!(validate429(data["card.check"], {instancePath:instancePath+"/card.check",parentData:data,parentDataProperty:"card.check",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.workbook.format"] !== undefined){
if(!(validate429(data["file.workbook.format"], {instancePath:instancePath+"/file.workbook.format",parentData:data,parentDataProperty:"file.workbook.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.workbook.label"] !== undefined){
if(!(validate429(data["file.workbook.label"], {instancePath:instancePath+"/file.workbook.label",parentData:data,parentDataProperty:"file.workbook.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.workbook.description"] !== undefined){
if(!(validate429(data["file.workbook.description"], {instancePath:instancePath+"/file.workbook.description",parentData:data,parentDataProperty:"file.workbook.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.csv.format"] !== undefined){
if(!(validate429(data["file.csv.format"], {instancePath:instancePath+"/file.csv.format",parentData:data,parentDataProperty:"file.csv.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.csv.label"] !== undefined){
if(!(validate429(data["file.csv.label"], {instancePath:instancePath+"/file.csv.label",parentData:data,parentDataProperty:"file.csv.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.csv.description"] !== undefined){
if(!(validate429(data["file.csv.description"], {instancePath:instancePath+"/file.csv.description",parentData:data,parentDataProperty:"file.csv.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.excelCsv.format"] !== undefined){
if(!(validate429(data["file.excelCsv.format"], {instancePath:instancePath+"/file.excelCsv.format",parentData:data,parentDataProperty:"file.excelCsv.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.excelCsv.label"] !== undefined){
if(!(validate429(data["file.excelCsv.label"], {instancePath:instancePath+"/file.excelCsv.label",parentData:data,parentDataProperty:"file.excelCsv.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.excelCsv.description"] !== undefined){
if(!(validate429(data["file.excelCsv.description"], {instancePath:instancePath+"/file.excelCsv.description",parentData:data,parentDataProperty:"file.excelCsv.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.json.format"] !== undefined){
if(!(validate429(data["file.json.format"], {instancePath:instancePath+"/file.json.format",parentData:data,parentDataProperty:"file.json.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.json.label"] !== undefined){
if(!(validate429(data["file.json.label"], {instancePath:instancePath+"/file.json.label",parentData:data,parentDataProperty:"file.json.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.json.description"] !== undefined){
if(!(validate429(data["file.json.description"], {instancePath:instancePath+"/file.json.description",parentData:data,parentDataProperty:"file.json.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.datapackage.format"] !== undefined){
if(!(validate429(data["file.datapackage.format"], {instancePath:instancePath+"/file.datapackage.format",parentData:data,parentDataProperty:"file.datapackage.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.datapackage.label"] !== undefined){
if(!(validate429(data["file.datapackage.label"], {instancePath:instancePath+"/file.datapackage.label",parentData:data,parentDataProperty:"file.datapackage.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.datapackage.description"] !== undefined){
if(!(validate429(data["file.datapackage.description"], {instancePath:instancePath+"/file.datapackage.description",parentData:data,parentDataProperty:"file.datapackage.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.jsonld.format"] !== undefined){
if(!(validate429(data["file.jsonld.format"], {instancePath:instancePath+"/file.jsonld.format",parentData:data,parentDataProperty:"file.jsonld.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.jsonld.label"] !== undefined){
if(!(validate429(data["file.jsonld.label"], {instancePath:instancePath+"/file.jsonld.label",parentData:data,parentDataProperty:"file.jsonld.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.jsonld.description"] !== undefined){
if(!(validate429(data["file.jsonld.description"], {instancePath:instancePath+"/file.jsonld.description",parentData:data,parentDataProperty:"file.jsonld.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.card.format"] !== undefined){
if(!(validate429(data["file.card.format"], {instancePath:instancePath+"/file.card.format",parentData:data,parentDataProperty:"file.card.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.card.label"] !== undefined){
if(!(validate429(data["file.card.label"], {instancePath:instancePath+"/file.card.label",parentData:data,parentDataProperty:"file.card.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.card.description"] !== undefined){
if(!(validate429(data["file.card.description"], {instancePath:instancePath+"/file.card.description",parentData:data,parentDataProperty:"file.card.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.chart.format"] !== undefined){
if(!(validate429(data["file.chart.format"], {instancePath:instancePath+"/file.chart.format",parentData:data,parentDataProperty:"file.chart.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.chart.label"] !== undefined){
if(!(validate429(data["file.chart.label"], {instancePath:instancePath+"/file.chart.label",parentData:data,parentDataProperty:"file.chart.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.chart.description"] !== undefined){
if(!(validate429(data["file.chart.description"], {instancePath:instancePath+"/file.chart.description",parentData:data,parentDataProperty:"file.chart.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.sums.format"] !== undefined){
if(!(validate429(data["file.sums.format"], {instancePath:instancePath+"/file.sums.format",parentData:data,parentDataProperty:"file.sums.format",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.sums.label"] !== undefined){
if(!(validate429(data["file.sums.label"], {instancePath:instancePath+"/file.sums.label",parentData:data,parentDataProperty:"file.sums.label",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["file.sums.description"] !== undefined){
if(!(validate429(data["file.sums.description"], {instancePath:instancePath+"/file.sums.description",parentData:data,parentDataProperty:"file.sums.description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.readme_title"] !== undefined){
if(!(validate429(data["workbook.readme_title"], {instancePath:instancePath+"/workbook.readme_title",parentData:data,parentDataProperty:"workbook.readme_title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.readme_description"] !== undefined){
if(!(validate429(data["workbook.readme_description"], {instancePath:instancePath+"/workbook.readme_description",parentData:data,parentDataProperty:"workbook.readme_description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.sheets_title"] !== undefined){
if(!(validate429(data["workbook.sheets_title"], {instancePath:instancePath+"/workbook.sheets_title",parentData:data,parentDataProperty:"workbook.sheets_title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.sheets_intro"] !== undefined){
if(!(validate429(data["workbook.sheets_intro"], {instancePath:instancePath+"/workbook.sheets_intro",parentData:data,parentDataProperty:"workbook.sheets_intro",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.by_period_description"] !== undefined){
if(!(validate429(data["workbook.by_period_description"], {instancePath:instancePath+"/workbook.by_period_description",parentData:data,parentDataProperty:"workbook.by_period_description",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.dictionary_title"] !== undefined){
if(!(validate429(data["workbook.dictionary_title"], {instancePath:instancePath+"/workbook.dictionary_title",parentData:data,parentDataProperty:"workbook.dictionary_title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.dictionary_intro"] !== undefined){
if(!(validate429(data["workbook.dictionary_intro"], {instancePath:instancePath+"/workbook.dictionary_intro",parentData:data,parentDataProperty:"workbook.dictionary_intro",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.licence_title"] !== undefined){
if(!(validate429(data["workbook.licence_title"], {instancePath:instancePath+"/workbook.licence_title",parentData:data,parentDataProperty:"workbook.licence_title",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
if(data["workbook.fact"] !== undefined){
if(!(validate429(data["workbook.fact"], {instancePath:instancePath+"/workbook.fact",parentData:data,parentDataProperty:"workbook.fact",rootData}))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate428.errors = vErrors;
return errors === 0;
}

export const ingested = validate602;
const schema65 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"ingested.schema.json","title":"IngestedSource","description":"The ingest stage's artifact for one source (work/ingested/<id>.json): the raw text as decoded, its hash, the normalised text with a map back to raw offsets, the page cruft set aside and the sentences. All offsets are JavaScript string indices into `text`.","type":"object","additionalProperties":false,"required":["id","file","metadata","sha256","bytes","text","normalised","offset_map","cruft","sentences"],"properties":{"id":{"type":"string"},"file":{"type":"string","description":"The raw text file as the user named it."},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the raw bytes."},"bytes":{"type":"integer","minimum":1},"text":{"type":"string","description":"The raw bytes decoded as strict UTF-8, a byte-order mark kept as U+FEFF so that offsets count every stored character."},"normalised":{"type":"string","description":"NFC, no tatweel, diacritics, bidi or zero-width marks, ASCII quotes and digits."},"offset_map":{"type":"array","description":"Breakpoints as a flat list [n0, r0, n1, r1, …] (see arabic/normalise.ts, rawOffset): a normalised index i maps to raw r + (i − n) for the last pair with n ≤ i.","items":{"type":"integer","minimum":0}},"cruft":{"type":"array","description":"Lines set aside as page cruft, by rule.","items":{"type":"object","additionalProperties":false,"required":["start","end","rule"],"properties":{"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":0},"rule":{"type":"string"}}}},"sentences":{"type":"array","description":"Sentences of the article (cruft excluded), as raw spans.","items":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":0}}}}}};

function validate602(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ingested.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema65.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(func2.call(schema65.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.file !== undefined){
if(typeof data.file !== "string"){
const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate204(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data3 = data.sha256;
if(typeof data3 === "string"){
if(!pattern47.test(data3)){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.bytes !== undefined){
let data4 = data.bytes;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.normalised !== undefined){
if(typeof data.normalised !== "string"){
const err9 = {instancePath:instancePath+"/normalised",schemaPath:"#/properties/normalised/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.offset_map !== undefined){
let data7 = data.offset_map;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err10 = {instancePath:instancePath+"/offset_map/" + i0,schemaPath:"#/properties/offset_map/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err11 = {instancePath:instancePath+"/offset_map/" + i0,schemaPath:"#/properties/offset_map/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/offset_map",schemaPath:"#/properties/offset_map/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cruft !== undefined){
let data9 = data.cruft;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.start === undefined){
const err13 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data10.end === undefined){
const err14 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data10.rule === undefined){
const err15 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data10){
if(!(((key1 === "start") || (key1 === "end")) || (key1 === "rule"))){
const err16 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data10.start !== undefined){
let data11 = data10.start;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err17 = {instancePath:instancePath+"/cruft/" + i1+"/start",schemaPath:"#/properties/cruft/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err18 = {instancePath:instancePath+"/cruft/" + i1+"/start",schemaPath:"#/properties/cruft/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data10.end !== undefined){
let data12 = data10.end;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err19 = {instancePath:instancePath+"/cruft/" + i1+"/end",schemaPath:"#/properties/cruft/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err20 = {instancePath:instancePath+"/cruft/" + i1+"/end",schemaPath:"#/properties/cruft/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data10.rule !== undefined){
if(typeof data10.rule !== "string"){
const err21 = {instancePath:instancePath+"/cruft/" + i1+"/rule",schemaPath:"#/properties/cruft/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/cruft",schemaPath:"#/properties/cruft/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.sentences !== undefined){
let data14 = data.sentences;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.start === undefined){
const err24 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data15.end === undefined){
const err25 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data15){
if(!((key2 === "start") || (key2 === "end"))){
const err26 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data15.start !== undefined){
let data16 = data15.start;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err27 = {instancePath:instancePath+"/sentences/" + i2+"/start",schemaPath:"#/properties/sentences/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err28 = {instancePath:instancePath+"/sentences/" + i2+"/start",schemaPath:"#/properties/sentences/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data15.end !== undefined){
let data17 = data15.end;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err29 = {instancePath:instancePath+"/sentences/" + i2+"/end",schemaPath:"#/properties/sentences/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err30 = {instancePath:instancePath+"/sentences/" + i2+"/end",schemaPath:"#/properties/sentences/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/sentences",schemaPath:"#/properties/sentences/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate602.errors = vErrors;
return errors === 0;
}

export const ioErrors = validate604;
const schema66 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"io-errors.schema.json","title":"IoErrorMessages","description":"pipeline/lib/io-errors.json: what a failed file operation means and how to fix it, per errno code (EACCES, ENOSPC, ...), so that every I/O failure is reported as one user error naming the path, the cause and a fix.","type":"object","additionalProperties":false,"required":["codes","other"],"properties":{"codes":{"type":"object","propertyNames":{"pattern":"^E[A-Z0-9]+$"},"additionalProperties":{"$ref":"#/definitions/message"},"description":"By errno code, as Node reports it in error.code."},"other":{"$ref":"#/definitions/message","description":"For a code the table does not list."}},"definitions":{"message":{"type":"object","additionalProperties":false,"required":["problem","fix"],"properties":{"problem":{"type":"string","minLength":1,"description":"What went wrong, said of the path (\"permission denied\")."},"fix":{"type":"string","minLength":1,"description":"What the user can do about it."}}}}};
const pattern56 = new RegExp("^E[A-Z0-9]+$", "u");
const schema67 = {"type":"object","additionalProperties":false,"required":["problem","fix"],"properties":{"problem":{"type":"string","minLength":1,"description":"What went wrong, said of the path (\"permission denied\")."},"fix":{"type":"string","minLength":1,"description":"What the user can do about it."}}};

function validate605(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.problem === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fix === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fix"},message:"must have required property '"+"fix"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "problem") || (key0 === "fix"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.problem !== undefined){
let data0 = data.problem;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err3 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fix !== undefined){
let data1 = data.fix;
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err5 = {instancePath:instancePath+"/fix",schemaPath:"#/properties/fix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/fix",schemaPath:"#/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate605.errors = vErrors;
return errors === 0;
}


function validate604(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="io-errors.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.codes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "codes"},message:"must have required property '"+"codes"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.other === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "codes") || (key0 === "other"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.codes !== undefined){
let data0 = data.codes;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(!pattern56.test(key1)){
const err3 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^E[A-Z0-9]+$"},message:"must match pattern \""+"^E[A-Z0-9]+$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
const err4 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data0){
if(!(validate605(data0[key2], {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate605.errors : vErrors.concat(validate605.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.other !== undefined){
if(!(validate605(data.other, {instancePath:instancePath+"/other",parentData:data,parentDataProperty:"other",rootData}))){
vErrors = vErrors === null ? validate605.errors : vErrors.concat(validate605.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate604.errors = vErrors;
return errors === 0;
}

export const mention = validate208;

export const numberMention = validate608;
const schema68 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"number-mention.schema.json","title":"NumberMention","description":"One quantity recognised in a text: the exact span, its value and how it was written. Offsets are JavaScript string indices (UTF-16 code units) into the text exactly as given, end exclusive, so text === input.slice(start, end).","type":"object","additionalProperties":false,"required":["text","value","kind","start","end","form"],"properties":{"text":{"type":"string","minLength":1,"description":"The exact characters of the mention, from its qualifier (if any) to its last number word, percent sign or scale word; attached clitics (و، ب، ل، ف، ك، ال) in front are not part of it."},"value":{"type":"number","description":"The value as written: 5800 for '5 آلاف و800', 24 for '24 في المائة', 2021 for a year, −5 for 'سالب 5'; for a date, a time or an identifier, the first number written in it (12 for '12/05/2022', 10 for '10:30', 522 for '0522 12 34 56')."},"kind":{"type":"string","enum":["number","percent","year","date","time","identifier"],"description":"number and percent are quantities; year is a calendar year; date and time are a date or a time of day written in digits; identifier is a digit sequence that names rather than counts (an IP address, a phone or reference number). Only numbers and percentages can be figures."},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"qualifier":{"type":"string","enum":["gt","gte","lt","lte","approx"],"description":"A qualifier written in front of the number (أكثر من → gt, ما لا يقل عن → gte, أقل من → lt, حوالي → approx …). Absent when there is none."},"form":{"type":"string","enum":["digits","words","mixed","dual"],"description":"How the number is written: digits only, number words only, digits with scale or number words ('5 آلاف و800'), or the dual of a counted noun ('عمليتين')."},"decimals":{"type":"integer","minimum":0,"description":"Digits written after the decimal separator (0 for integers); the rounding the text allows is half a unit of the last written digit."}}};

function validate608(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="number-mention.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema68.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((((((key0 === "text") || (key0 === "value")) || (key0 === "kind")) || (key0 === "start")) || (key0 === "end")) || (key0 === "qualifier")) || (key0 === "form")) || (key0 === "decimals"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((((data2 === "number") || (data2 === "percent")) || (data2 === "year")) || (data2 === "date")) || (data2 === "time")) || (data2 === "identifier"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema68.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.start !== undefined){
let data3 = data.start;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.end !== undefined){
let data4 = data.end;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.qualifier !== undefined){
let data5 = data.qualifier;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((((data5 === "gt") || (data5 === "gte")) || (data5 === "lt")) || (data5 === "lte")) || (data5 === "approx"))){
const err12 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema68.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.form !== undefined){
let data6 = data.form;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data6 === "digits") || (data6 === "words")) || (data6 === "mixed")) || (data6 === "dual"))){
const err14 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/enum",keyword:"enum",params:{allowedValues: schema68.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.decimals !== undefined){
let data7 = data.decimals;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate608.errors = vErrors;
return errors === 0;
}

export const observation = validate206;

export const publicationJournal = validate609;
const schema69 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"publication-journal.schema.json","title":"PublicationJournal","description":"<output>/.pipeline-publishing/journal.json: the moves of one publication, written once every new file is staged and before the first move, so that the next run can finish or undo a run that was killed. Each step moves a staged name (new/<name>) into the output folder; a step that replaces a name first sets the old one aside (old/<name>). The publication is committed when the last step's staged name is gone.","type":"object","additionalProperties":false,"required":["steps"],"properties":{"steps":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/step"},"description":"In order; versions.json, when it changes, is the last (the commit point)."}},"definitions":{"step":{"type":"object","additionalProperties":false,"required":["name","kind","replaces","sums_sha256"],"properties":{"name":{"type":"string","pattern":"^[^/\\\\]+$","description":"A name at the root of the output folder that the pipeline publishes."},"kind":{"type":"string","enum":["file","folder"]},"replaces":{"type":"boolean","description":"Whether the name existed before (it is set aside, and put back if the publication is undone)."},"sums_sha256":{"type":["string","null"],"pattern":"^[0-9a-f]{64}$","description":"For a new version folder, the SHA-256 of its SHA256SUMS: undoing removes the folder only when it is this one."}}}}};
const schema70 = {"type":"object","additionalProperties":false,"required":["name","kind","replaces","sums_sha256"],"properties":{"name":{"type":"string","pattern":"^[^/\\\\]+$","description":"A name at the root of the output folder that the pipeline publishes."},"kind":{"type":"string","enum":["file","folder"]},"replaces":{"type":"boolean","description":"Whether the name existed before (it is set aside, and put back if the publication is undone)."},"sums_sha256":{"type":["string","null"],"pattern":"^[0-9a-f]{64}$","description":"For a new version folder, the SHA-256 of its SHA256SUMS: undoing removes the folder only when it is this one."}}};
const pattern57 = new RegExp("^[^/\\\\]+$", "u");

function validate610(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema70.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "kind")) || (key0 === "replaces")) || (key0 === "sums_sha256"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern57.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]+$"},message:"must match pattern \""+"^[^/\\\\]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data1 === "file") || (data1 === "folder"))){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema70.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.replaces !== undefined){
if(typeof data.replaces !== "boolean"){
const err6 = {instancePath:instancePath+"/replaces",schemaPath:"#/properties/replaces/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sums_sha256 !== undefined){
let data3 = data.sums_sha256;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/sums_sha256",schemaPath:"#/properties/sums_sha256/type",keyword:"type",params:{type: schema70.properties.sums_sha256.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data3 === "string"){
if(!pattern47.test(data3)){
const err8 = {instancePath:instancePath+"/sums_sha256",schemaPath:"#/properties/sums_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate610.errors = vErrors;
return errors === 0;
}


function validate609(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="publication-journal.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.steps === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "steps")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.steps !== undefined){
let data0 = data.steps;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate610(data0[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate610.errors : vErrors.concat(validate610.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate609.errors = vErrors;
return errors === 0;
}

export const source = validate204;

export const validated = validate203;

export const versions = validate612;
const schema71 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"versions.schema.json","title":"VersionHistory","description":"output/versions.json: every published version, oldest first. A version, once published, is never rewritten; its content_hash is the SHA-256 of its SHA256SUMS file, which lists the SHA-256 of every other file.","type":"object","additionalProperties":false,"required":["package","versions"],"properties":{"package":{"type":"string"},"versions":{"type":"array","items":{"$ref":"#/definitions/version"}}},"definitions":{"keys":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Row keys by table."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"inputs":{"title":"VersionInputs","type":"object","additionalProperties":false,"required":["sources","catalogue","schemas","pipeline","warnings"],"description":"The fingerprint of what a version was built from, recorded when it is published: a later run whose inputs have the same fingerprint publishes the same bytes, so it verifies the published hashes and stops without building anything. Not part of the version's content (SHA256SUMS).","properties":{"sources":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of raw files (name and SHA-256 of each .txt and .source.json)."},"catalogue":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of catalogue files read (name and SHA-256 of each)."},"schemas":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of files under schemas/ (path and SHA-256 of each)."},"pipeline":{"$ref":"#/definitions/sha256","description":"SHA-256 of the pipeline's own code and data (every file under pipeline/ but the catalogue, and package-lock.json) and of the zlib, ICU and Unicode versions of the Node.js that ran it, which the workbook's compression and the number formats depend on."},"warnings":{"type":"integer","minimum":0,"description":"Numbers held back or not accounted for in the build (a --strict run stops on any; it skips the build only when this is 0)."}}},"version":{"type":"object","additionalProperties":false,"required":["version","date","content_hash","bump","summary","sources","changes"],"properties":{"version":{"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},"date":{"type":["string","null"],"format":"date","description":"The day the version was first published."},"content_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"inputs":{"$ref":"#/definitions/inputs"},"bump":{"type":"string","enum":["initial","major","minor","patch"]},"summary":{"type":"string"},"sources":{"type":"array","items":{"type":"string"},"description":"Sources whose rows this version adds, changes or removes (all sources for the first version)."},"changes":{"type":"object","additionalProperties":false,"required":["structure","added","changed","removed","metadata"],"properties":{"structure":{"type":"array","items":{"type":"string"},"description":"Changes to tables and fields (major: removed or retyped; minor: added)."},"added":{"$ref":"#/definitions/keys"},"changed":{"$ref":"#/definitions/keys"},"removed":{"$ref":"#/definitions/keys"},"metadata":{"type":"array","items":{"type":"string"},"description":"Descriptive changes: package metadata, the data card, the workbook."}}}}}}};
const schema72 = {"type":"object","additionalProperties":false,"required":["version","date","content_hash","bump","summary","sources","changes"],"properties":{"version":{"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},"date":{"type":["string","null"],"format":"date","description":"The day the version was first published."},"content_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"inputs":{"$ref":"#/definitions/inputs"},"bump":{"type":"string","enum":["initial","major","minor","patch"]},"summary":{"type":"string"},"sources":{"type":"array","items":{"type":"string"},"description":"Sources whose rows this version adds, changes or removes (all sources for the first version)."},"changes":{"type":"object","additionalProperties":false,"required":["structure","added","changed","removed","metadata"],"properties":{"structure":{"type":"array","items":{"type":"string"},"description":"Changes to tables and fields (major: removed or retyped; minor: added)."},"added":{"$ref":"#/definitions/keys"},"changed":{"$ref":"#/definitions/keys"},"removed":{"$ref":"#/definitions/keys"},"metadata":{"type":"array","items":{"type":"string"},"description":"Descriptive changes: package metadata, the data card, the workbook."}}}}};
const pattern59 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
const schema73 = {"title":"VersionInputs","type":"object","additionalProperties":false,"required":["sources","catalogue","schemas","pipeline","warnings"],"description":"The fingerprint of what a version was built from, recorded when it is published: a later run whose inputs have the same fingerprint publishes the same bytes, so it verifies the published hashes and stops without building anything. Not part of the version's content (SHA256SUMS).","properties":{"sources":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of raw files (name and SHA-256 of each .txt and .source.json)."},"catalogue":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of catalogue files read (name and SHA-256 of each)."},"schemas":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of files under schemas/ (path and SHA-256 of each)."},"pipeline":{"$ref":"#/definitions/sha256","description":"SHA-256 of the pipeline's own code and data (every file under pipeline/ but the catalogue, and package-lock.json) and of the zlib, ICU and Unicode versions of the Node.js that ran it, which the workbook's compression and the number formats depend on."},"warnings":{"type":"integer","minimum":0,"description":"Numbers held back or not accounted for in the build (a --strict run stops on any; it skips the build only when this is 0)."}}};
const schema74 = {"type":"string","pattern":"^[0-9a-f]{64}$"};

function validate615(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern47.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate615.errors = vErrors;
return errors === 0;
}


function validate614(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema73.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(((((key0 === "sources") || (key0 === "catalogue")) || (key0 === "schemas")) || (key0 === "pipeline")) || (key0 === "warnings"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sources !== undefined){
if(!(validate615(data.sources, {instancePath:instancePath+"/sources",parentData:data,parentDataProperty:"sources",rootData}))){
vErrors = vErrors === null ? validate615.errors : vErrors.concat(validate615.errors);
errors = vErrors.length;
}
}
if(data.catalogue !== undefined){
if(!(validate615(data.catalogue, {instancePath:instancePath+"/catalogue",parentData:data,parentDataProperty:"catalogue",rootData}))){
vErrors = vErrors === null ? validate615.errors : vErrors.concat(validate615.errors);
errors = vErrors.length;
}
}
if(data.schemas !== undefined){
if(!(validate615(data.schemas, {instancePath:instancePath+"/schemas",parentData:data,parentDataProperty:"schemas",rootData}))){
vErrors = vErrors === null ? validate615.errors : vErrors.concat(validate615.errors);
errors = vErrors.length;
}
}
if(data.pipeline !== undefined){
if(!(validate615(data.pipeline, {instancePath:instancePath+"/pipeline",parentData:data,parentDataProperty:"pipeline",rootData}))){
vErrors = vErrors === null ? validate615.errors : vErrors.concat(validate615.errors);
errors = vErrors.length;
}
}
if(data.warnings !== undefined){
let data4 = data.warnings;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err2 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate614.errors = vErrors;
return errors === 0;
}

const schema75 = {"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Row keys by table."};

function validate621(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate621.errors = vErrors;
return errors === 0;
}


function validate613(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const prop0 of schema72.required){
if(data[prop0] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: prop0},message:"must have required property '"+prop0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!((((((((key0 === "version") || (key0 === "date")) || (key0 === "content_hash")) || (key0 === "inputs")) || (key0 === "bump")) || (key0 === "summary")) || (key0 === "sources")) || (key0 === "changes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 === "string"){
if(!pattern59.test(data0)){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.date !== undefined){
let data1 = data.date;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: schema72.properties.date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats18.validate(data1))){
const err5 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.content_hash !== undefined){
let data2 = data.content_hash;
if(typeof data2 === "string"){
if(!pattern47.test(data2)){
const err6 = {instancePath:instancePath+"/content_hash",schemaPath:"#/properties/content_hash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/content_hash",schemaPath:"#/properties/content_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.inputs !== undefined){
if(!(validate614(data.inputs, {instancePath:instancePath+"/inputs",parentData:data,parentDataProperty:"inputs",rootData}))){
vErrors = vErrors === null ? validate614.errors : vErrors.concat(validate614.errors);
errors = vErrors.length;
}
}
if(data.bump !== undefined){
let data4 = data.bump;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data4 === "initial") || (data4 === "major")) || (data4 === "minor")) || (data4 === "patch"))){
const err9 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/enum",keyword:"enum",params:{allowedValues: schema72.properties.bump.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err10 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sources !== undefined){
let data6 = data.sources;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err11 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.changes !== undefined){
let data8 = data.changes;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const prop1 of schema72.properties.changes.required){
if(data8[prop1] === undefined){
const err13 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: prop1},message:"must have required property '"+prop1+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key1 in data8){
if(!(((((key1 === "structure") || (key1 === "added")) || (key1 === "changed")) || (key1 === "removed")) || (key1 === "metadata"))){
const err14 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.structure !== undefined){
let data9 = data8.structure;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(typeof data9[i1] !== "string"){
const err15 = {instancePath:instancePath+"/changes/structure/" + i1,schemaPath:"#/properties/changes/properties/structure/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/changes/structure",schemaPath:"#/properties/changes/properties/structure/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.added !== undefined){
if(!(validate621(data8.added, {instancePath:instancePath+"/changes/added",parentData:data8,parentDataProperty:"added",rootData}))){
vErrors = vErrors === null ? validate621.errors : vErrors.concat(validate621.errors);
errors = vErrors.length;
}
}
if(data8.changed !== undefined){
if(!(validate621(data8.changed, {instancePath:instancePath+"/changes/changed",parentData:data8,parentDataProperty:"changed",rootData}))){
vErrors = vErrors === null ? validate621.errors : vErrors.concat(validate621.errors);
errors = vErrors.length;
}
}
if(data8.removed !== undefined){
if(!(validate621(data8.removed, {instancePath:instancePath+"/changes/removed",parentData:data8,parentDataProperty:"removed",rootData}))){
vErrors = vErrors === null ? validate621.errors : vErrors.concat(validate621.errors);
errors = vErrors.length;
}
}
if(data8.metadata !== undefined){
let data14 = data8.metadata;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
if(typeof data14[i2] !== "string"){
const err17 = {instancePath:instancePath+"/changes/metadata/" + i2,schemaPath:"#/properties/changes/properties/metadata/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/changes/metadata",schemaPath:"#/properties/changes/properties/metadata/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate613.errors = vErrors;
return errors === 0;
}


function validate612(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="versions.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.package === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.versions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "package") || (key0 === "versions"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.package !== undefined){
if(typeof data.package !== "string"){
const err3 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.versions !== undefined){
let data1 = data.versions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate613(data1[i0], {instancePath:instancePath+"/versions/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate613.errors : vErrors.concat(validate613.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate612.errors = vErrors;
return errors === 0;
}


/** Every schema of schemas/, by file name. */
export const validators: Record<string, ValidateFunction | undefined> = {
  "arabic-context.schema.json": arabicContext,
  "arabic-dual-nouns.schema.json": arabicDualNouns,
  "arabic-numerals.schema.json": arabicNumerals,
  "arabic-percent.schema.json": arabicPercent,
  "arabic-qualifiers.schema.json": arabicQualifiers,
  "catalogue-breakdowns.schema.json": catalogueBreakdowns,
  "catalogue-corrections.schema.json": catalogueCorrections,
  "catalogue-cruft.schema.json": catalogueCruft,
  "catalogue-dataset.schema.json": catalogueDataset,
  "catalogue-derivations.schema.json": catalogueDerivations,
  "catalogue-ignore.schema.json": catalogueIgnore,
  "catalogue-indicators.schema.json": catalogueIndicators,
  "catalogue-periods.schema.json": cataloguePeriods,
  "catalogue-rounding.schema.json": catalogueRounding,
  "catalogue-units.schema.json": catalogueUnits,
  "coverage.schema.json": coverage,
  "cue-affixes.schema.json": cueAffixes,
  "derived.schema.json": derived,
  "extracted.schema.json": extracted,
  "grammar-words.schema.json": grammarWords,
  "i18n-messages.schema.json": i18nMessages,
  "ingested.schema.json": ingested,
  "io-errors.schema.json": ioErrors,
  "mention.schema.json": mention,
  "number-mention.schema.json": numberMention,
  "observation.schema.json": observation,
  "publication-journal.schema.json": publicationJournal,
  "source.schema.json": source,
  "validated.schema.json": validated,
  "versions.schema.json": versions,
};

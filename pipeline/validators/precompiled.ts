/* Generated from schemas/ by `npm run types` (scripts/validators-source.ts). Do not edit: change the schema and regenerate. */
// @ts-nocheck
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";
import { formats } from "../lib/formats.ts";

const require = createRequire(import.meta.url);

export const arabicContext = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-context.schema.json","title":"ArabicContext","description":"Words around a number that change what it is (pipeline/arabic/lexicon/context.json): year markers, month names (a day before a month is not a quantity, a year after it is a year), ordinals (not numbers, and they take the عشر of an ordinal teen with them), identifier markers (رقم 12 is a label), false friends. Each word here is folded like the number words and may not be one of them.","type":"object","additionalProperties":false,"required":["yearMarkers","hijriYearSuffixes","months","ordinals","identifierMarkers","falseFriends"],"properties":{"yearMarkers":{"$ref":"#/definitions/words","description":"Words after which a four-digit integer is a calendar year (سنة 2021, عام 2020, سنتي 2020 و2021)."},"hijriYearSuffixes":{"$ref":"#/definitions/words","description":"A word after a four-digit integer that makes it a year (1444 هـ, written ه once the tatweel is removed)."},"months":{"type":"array","description":"Month names, Gregorian (Moroccan, Middle-Eastern, Algerian-Tunisian and Levantine names) and Hijri; صفر is left out because it is also the number zero.","items":{"$ref":"#/definitions/month"}},"ordinals":{"$ref":"#/definitions/words","description":"Ordinal words (ثالث, خامسة, حادي): not numbers; an ordinal followed by عشر/عشرة or by و and a ten is one ordinal."},"identifierMarkers":{"$ref":"#/definitions/words","description":"Words after which the number is an identifier, not a quantity (رقم)."},"falseFriends":{"$ref":"#/definitions/words","description":"Written words, clitics included, that look like a number word or a qualifier with clitics but are something else (لست 'I am not' is not ل + ست; بدون 'without' is not ب + دون): never read as a number or a qualifier."}},"definitions":{"words":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+$"}},"month":{"type":"object","additionalProperties":false,"required":["name","month","calendar"],"properties":{"name":{"type":"string","description":"One or two words (كانون الأول).","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"},"month":{"type":"integer","minimum":1,"maximum":12},"calendar":{"type":"string","enum":["gregorian","hijri"]}},"title":"ArabicMonth"}}};
const schema12 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+$"}};
const schema14 = {"type":"object","additionalProperties":false,"required":["name","month","calendar"],"properties":{"name":{"type":"string","description":"One or two words (كانون الأول).","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"},"month":{"type":"integer","minimum":1,"maximum":12},"calendar":{"type":"string","enum":["gregorian","hijri"]}},"title":"ArabicMonth"};
const pattern0 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+$", "u");
const pattern2 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="arabic-context.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.yearMarkers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "yearMarkers"},message:"must have required property '"+"yearMarkers"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hijriYearSuffixes === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hijriYearSuffixes"},message:"must have required property '"+"hijriYearSuffixes"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.months === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "months"},message:"must have required property '"+"months"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ordinals === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ordinals"},message:"must have required property '"+"ordinals"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.identifierMarkers === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifierMarkers"},message:"must have required property '"+"identifierMarkers"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.falseFriends === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "falseFriends"},message:"must have required property '"+"falseFriends"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "yearMarkers") || (key0 === "hijriYearSuffixes")) || (key0 === "months")) || (key0 === "ordinals")) || (key0 === "identifierMarkers")) || (key0 === "falseFriends"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.yearMarkers !== undefined){
let data0 = data.yearMarkers;
if(Array.isArray(data0)){
if(data0.length < 1){
const err7 = {instancePath:instancePath+"/yearMarkers",schemaPath:"#/definitions/words/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err8 = {instancePath:instancePath+"/yearMarkers/" + i0,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
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
const err9 = {instancePath:instancePath+"/yearMarkers/" + i0,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath:instancePath+"/yearMarkers",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/yearMarkers",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.hijriYearSuffixes !== undefined){
let data2 = data.hijriYearSuffixes;
if(Array.isArray(data2)){
if(data2.length < 1){
const err12 = {instancePath:instancePath+"/hijriYearSuffixes",schemaPath:"#/definitions/words/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err13 = {instancePath:instancePath+"/hijriYearSuffixes/" + i2,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
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
const err14 = {instancePath:instancePath+"/hijriYearSuffixes/" + i2,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/hijriYearSuffixes",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err16 = {instancePath:instancePath+"/hijriYearSuffixes",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.months !== undefined){
let data4 = data.months;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err17 = {instancePath:instancePath+"/months/" + i4,schemaPath:"#/definitions/month/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.month === undefined){
const err18 = {instancePath:instancePath+"/months/" + i4,schemaPath:"#/definitions/month/required",keyword:"required",params:{missingProperty: "month"},message:"must have required property '"+"month"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.calendar === undefined){
const err19 = {instancePath:instancePath+"/months/" + i4,schemaPath:"#/definitions/month/required",keyword:"required",params:{missingProperty: "calendar"},message:"must have required property '"+"calendar"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "name") || (key1 === "month")) || (key1 === "calendar"))){
const err20 = {instancePath:instancePath+"/months/" + i4,schemaPath:"#/definitions/month/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.name !== undefined){
let data6 = data5.name;
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err21 = {instancePath:instancePath+"/months/" + i4+"/name",schemaPath:"#/definitions/month/properties/name/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)?$"+"\""};
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
const err22 = {instancePath:instancePath+"/months/" + i4+"/name",schemaPath:"#/definitions/month/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.month !== undefined){
let data7 = data5.month;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/months/" + i4+"/month",schemaPath:"#/definitions/month/properties/month/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 12 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/months/" + i4+"/month",schemaPath:"#/definitions/month/properties/month/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/months/" + i4+"/month",schemaPath:"#/definitions/month/properties/month/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data5.calendar !== undefined){
let data8 = data5.calendar;
if(typeof data8 !== "string"){
const err26 = {instancePath:instancePath+"/months/" + i4+"/calendar",schemaPath:"#/definitions/month/properties/calendar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data8 === "gregorian") || (data8 === "hijri"))){
const err27 = {instancePath:instancePath+"/months/" + i4+"/calendar",schemaPath:"#/definitions/month/properties/calendar/enum",keyword:"enum",params:{allowedValues: schema14.properties.calendar.enum},message:"must be equal to one of the allowed values"};
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
const err28 = {instancePath:instancePath+"/months/" + i4,schemaPath:"#/definitions/month/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err29 = {instancePath:instancePath+"/months",schemaPath:"#/properties/months/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.ordinals !== undefined){
let data9 = data.ordinals;
if(Array.isArray(data9)){
if(data9.length < 1){
const err30 = {instancePath:instancePath+"/ordinals",schemaPath:"#/definitions/words/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len3 = data9.length;
for(let i5=0; i5<len3; i5++){
let data10 = data9[i5];
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err31 = {instancePath:instancePath+"/ordinals/" + i5,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
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
const err32 = {instancePath:instancePath+"/ordinals/" + i5,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let i6 = data9.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data9[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err33 = {instancePath:instancePath+"/ordinals",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err34 = {instancePath:instancePath+"/ordinals",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.identifierMarkers !== undefined){
let data11 = data.identifierMarkers;
if(Array.isArray(data11)){
if(data11.length < 1){
const err35 = {instancePath:instancePath+"/identifierMarkers",schemaPath:"#/definitions/words/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len4 = data11.length;
for(let i7=0; i7<len4; i7++){
let data12 = data11[i7];
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err36 = {instancePath:instancePath+"/identifierMarkers/" + i7,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
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
const err37 = {instancePath:instancePath+"/identifierMarkers/" + i7,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i8 = data11.length;
let j3;
if(i8 > 1){
const indices3 = {};
for(;i8--;){
let item3 = data11[i8];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err38 = {instancePath:instancePath+"/identifierMarkers",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break;
}
indices3[item3] = i8;
}
}
}
else {
const err39 = {instancePath:instancePath+"/identifierMarkers",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.falseFriends !== undefined){
let data13 = data.falseFriends;
if(Array.isArray(data13)){
if(data13.length < 1){
const err40 = {instancePath:instancePath+"/falseFriends",schemaPath:"#/definitions/words/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len5 = data13.length;
for(let i9=0; i9<len5; i9++){
let data14 = data13[i9];
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err41 = {instancePath:instancePath+"/falseFriends/" + i9,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/falseFriends/" + i9,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i10 = data13.length;
let j4;
if(i10 > 1){
const indices4 = {};
for(;i10--;){
let item4 = data13[i10];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err43 = {instancePath:instancePath+"/falseFriends",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break;
}
indices4[item4] = i10;
}
}
}
else {
const err44 = {instancePath:instancePath+"/falseFriends",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const arabicDualNouns = validate11;
const schema18 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-dual-nouns.schema.json","title":"ArabicDualNouns","description":"Counted nouns whose dual is read as the number two (عمليتين → 2), in pipeline/arabic/lexicon/dual-nouns.json. Only these duals are numbers: a word is never taken for a dual from its ending. Leave out nouns whose dual is spelled like their plural (مواطنين) and scale words (ألفين is a number already). The recognizer adds the clitics و ف ب ل ك; a dual with the article (البلدين 'both countries') or in construct (عمليتي) is not a count.","type":"object","additionalProperties":false,"required":["nouns"],"properties":{"nouns":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["singular","dual"],"properties":{"singular":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+$"},"dual":{"type":"array","minItems":1,"uniqueItems":true,"description":"The nominative (ان) and oblique (ين) duals, without diacritics.","items":{"type":"string","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+(ان|ين)$"}}}}}}};
const pattern7 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+(ان|ين)$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((key1 === "singular") || (key1 === "dual"))){
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
if(!pattern7.test(data4)){
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
}
else {
const err13 = {instancePath:instancePath+"/nouns/" + i0,schemaPath:"#/properties/nouns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err14 = {instancePath:instancePath+"/nouns",schemaPath:"#/properties/nouns/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate11.errors = vErrors;
return errors === 0;
}

export const arabicNumerals = validate12;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-numerals.schema.json","title":"ArabicNumerals","description":"The Arabic number words the recognizer composes (pipeline/arabic/lexicon/numerals.json). Forms are written as in print, without diacritics or tatweel; the recognizer folds them (أ إ آ → ا, ة → ه, ى → ي) and adds the clitics و ف ب ل ك ال itself. A folded form may belong to one entry only.","type":"object","additionalProperties":false,"required":["units","teenTails","teens","tens","hundreds","scales","fractions","decimalPoints","minusWords","vague"],"properties":{"units":{"type":"array","description":"Words for 0 to 10, with what each may do in a compound number.","items":{"$ref":"#/definitions/unit"}},"teenTails":{"$ref":"#/definitions/forms","description":"عشر/عشرة after a teen head (ثلاثة عشر، إحدى عشرة). Each must also be a unit of value 10."},"teens":{"type":"array","description":"One-word teens (11 to 19), as in Egyptian حداشر، تلتاشر.","items":{"$ref":"#/definitions/valued"}},"tens":{"type":"array","description":"20 to 90 in the nominative (ون) and the oblique (ين).","items":{"$ref":"#/definitions/valued"}},"hundreds":{"type":"array","description":"100 to 900: مائة/مئة, the duals, and the fused forms (ثلاثمائة).","items":{"$ref":"#/definitions/hundred"}},"scales":{"type":"array","description":"ألف, مليون, مليار, تريليون with their grammatical numbers.","items":{"$ref":"#/definitions/scale"}},"fractions":{"type":"array","description":"نصف, ربع: a fraction of a scale word (نصف مليون) or added after one (مليون ونصف). Never a number alone.","items":{"$ref":"#/definitions/fraction"}},"decimalPoints":{"$ref":"#/definitions/forms","description":"The word for the decimal point between two numbers (واحد فاصلة خمسة)."},"minusWords":{"$ref":"#/definitions/forms","description":"Words for 'minus' written before a number (سالب 5، ناقص ثلاثة): the number is negative. After a number they are the operator ('5 ناقص 3'), and the numbers stay positive."},"vague":{"$ref":"#/definitions/forms","description":"Words of quantity that are not numbers (عشرات 'dozens of', مئات, بضعة): never a mention; listed so that no entry above takes them."}},"definitions":{"word":{"type":"string","description":"An Arabic word without diacritics or tatweel.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"},"forms":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}},"dialect":{"type":"string","description":"Set when the forms are dialectal rather than Modern Standard Arabic.","enum":["egyptian"]},"unit":{"type":"object","additionalProperties":false,"required":["value","forms","standalone","teenHead","tensHead","hundredHead"],"properties":{"value":{"type":"integer","minimum":0,"maximum":10},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own (واحد yes; أحد and اثنا only inside a compound)."},"teenHead":{"type":"boolean","description":"May be followed by عشر/عشرة to make value + 10."},"tensHead":{"type":"boolean","description":"May be followed by و and a ten (خمسة وعشرون)."},"hundredHead":{"type":"boolean","description":"May be followed by مائة/مئة to make value × 100 (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}},"valued":{"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"integer","minimum":11,"maximum":90},"forms":{"$ref":"#/definitions/forms"},"dialect":{"$ref":"#/definitions/dialect"}}},"hundred":{"type":"object","additionalProperties":false,"required":["value","forms","standalone","multipliable"],"properties":{"value":{"type":"integer","minimum":100,"maximum":900,"multipleOf":100},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own; false for forms that are also common other words (Egyptian متين is also 'solid'), which count only inside a longer number."},"multipliable":{"type":"boolean","description":"May follow a unit 3–9 written apart (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}},"scale":{"type":"object","additionalProperties":false,"required":["value","singular","dual","plural","accusative","dualConstruct"],"properties":{"value":{"type":"number","enum":[1000,1000000,1000000000,1000000000000]},"singular":{"$ref":"#/definitions/forms","description":"ألف: 1000 alone, or times the number before it."},"dual":{"$ref":"#/definitions/forms","description":"ألفان/ألفين: two of the scale, never after a number."},"plural":{"$ref":"#/definitions/forms","description":"آلاف: only times a number before it; alone it is vague ('thousands of')."},"accusative":{"$ref":"#/definitions/forms","description":"ألفا: times the number before it (أحد عشر ألفا); at the start of a number and followed by و and the rest of it, or written with its tanween (ألفاً), the accusative singular (ألفا و312 = 1312, ألفاً = 1000); otherwise alone, the dual in construct (ألفا درهم = 2000)."},"dualConstruct":{"$ref":"#/definitions/forms","description":"ألفي: the oblique dual in construct, two of the scale."}}},"fraction":{"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"forms":{"$ref":"#/definitions/forms"}}}}};
const func2 = Object.prototype.hasOwnProperty;
const schema20 = {"type":"object","additionalProperties":false,"required":["value","forms","standalone","teenHead","tensHead","hundredHead"],"properties":{"value":{"type":"integer","minimum":0,"maximum":10},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own (واحد yes; أحد and اثنا only inside a compound)."},"teenHead":{"type":"boolean","description":"May be followed by عشر/عشرة to make value + 10."},"tensHead":{"type":"boolean","description":"May be followed by و and a ten (خمسة وعشرون)."},"hundredHead":{"type":"boolean","description":"May be followed by مائة/مئة to make value × 100 (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}};
const schema23 = {"type":"string","description":"Set when the forms are dialectal rather than Modern Standard Arabic.","enum":["egyptian"]};
const schema21 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}};
const schema22 = {"type":"string","description":"An Arabic word without diacritics or tatweel.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"};
const pattern8 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$", "u");
const func0 = require("ajv/dist/runtime/equal").default;

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern8.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/word/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"+"\""};
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
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/word/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
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
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.standalone === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standalone"},message:"must have required property '"+"standalone"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.teenHead === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "teenHead"},message:"must have required property '"+"teenHead"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.tensHead === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tensHead"},message:"must have required property '"+"tensHead"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.hundredHead === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hundredHead"},message:"must have required property '"+"hundredHead"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "value") || (key0 === "forms")) || (key0 === "standalone")) || (key0 === "teenHead")) || (key0 === "tensHead")) || (key0 === "hundredHead")) || (key0 === "dialect"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 10 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.forms !== undefined){
if(!(validate14(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.standalone !== undefined){
if(typeof data.standalone !== "boolean"){
const err10 = {instancePath:instancePath+"/standalone",schemaPath:"#/properties/standalone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.teenHead !== undefined){
if(typeof data.teenHead !== "boolean"){
const err11 = {instancePath:instancePath+"/teenHead",schemaPath:"#/properties/teenHead/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tensHead !== undefined){
if(typeof data.tensHead !== "boolean"){
const err12 = {instancePath:instancePath+"/tensHead",schemaPath:"#/properties/tensHead/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.hundredHead !== undefined){
if(typeof data.hundredHead !== "boolean"){
const err13 = {instancePath:instancePath+"/hundredHead",schemaPath:"#/properties/hundredHead/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dialect !== undefined){
let data6 = data.dialect;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/dialect",schemaPath:"#/definitions/dialect/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(data6 === "egyptian")){
const err15 = {instancePath:instancePath+"/dialect",schemaPath:"#/definitions/dialect/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"integer","minimum":11,"maximum":90},"forms":{"$ref":"#/definitions/forms"},"dialect":{"$ref":"#/definitions/dialect"}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate14(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.dialect !== undefined){
let data2 = data.dialect;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/dialect",schemaPath:"#/definitions/dialect/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data2 === "egyptian")){
const err7 = {instancePath:instancePath+"/dialect",schemaPath:"#/definitions/dialect/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"object","additionalProperties":false,"required":["value","forms","standalone","multipliable"],"properties":{"value":{"type":"integer","minimum":100,"maximum":900,"multipleOf":100},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own; false for forms that are also common other words (Egyptian متين is also 'solid'), which count only inside a longer number."},"multipliable":{"type":"boolean","description":"May follow a unit 3–9 written apart (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.standalone === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standalone"},message:"must have required property '"+"standalone"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.multipliable === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "multipliable"},message:"must have required property '"+"multipliable"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "value") || (key0 === "forms")) || (key0 === "standalone")) || (key0 === "multipliable")) || (key0 === "dialect"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
let data0 = data.value;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 900 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 900},message:"must be <= 900"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let res0;
if((100 === 0 || (res0 = data0/100, res0 !== parseInt(res0)))){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/multipleOf",keyword:"multipleOf",params:{multipleOf: 100},message:"must be multiple of 100"};
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
if(data.forms !== undefined){
if(!(validate14(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.standalone !== undefined){
if(typeof data.standalone !== "boolean"){
const err9 = {instancePath:instancePath+"/standalone",schemaPath:"#/properties/standalone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.multipliable !== undefined){
if(typeof data.multipliable !== "boolean"){
const err10 = {instancePath:instancePath+"/multipliable",schemaPath:"#/properties/multipliable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dialect !== undefined){
let data4 = data.dialect;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/dialect",schemaPath:"#/definitions/dialect/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(data4 === "egyptian")){
const err12 = {instancePath:instancePath+"/dialect",schemaPath:"#/definitions/dialect/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","additionalProperties":false,"required":["value","singular","dual","plural","accusative","dualConstruct"],"properties":{"value":{"type":"number","enum":[1000,1000000,1000000000,1000000000000]},"singular":{"$ref":"#/definitions/forms","description":"ألف: 1000 alone, or times the number before it."},"dual":{"$ref":"#/definitions/forms","description":"ألفان/ألفين: two of the scale, never after a number."},"plural":{"$ref":"#/definitions/forms","description":"آلاف: only times a number before it; alone it is vague ('thousands of')."},"accusative":{"$ref":"#/definitions/forms","description":"ألفا: times the number before it (أحد عشر ألفا); at the start of a number and followed by و and the rest of it, or written with its tanween (ألفاً), the accusative singular (ألفا و312 = 1312, ألفاً = 1000); otherwise alone, the dual in construct (ألفا درهم = 2000)."},"dualConstruct":{"$ref":"#/definitions/forms","description":"ألفي: the oblique dual in construct, two of the scale."}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.singular === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "singular"},message:"must have required property '"+"singular"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dual === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dual"},message:"must have required property '"+"dual"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.plural === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plural"},message:"must have required property '"+"plural"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.accusative === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accusative"},message:"must have required property '"+"accusative"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.dualConstruct === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dualConstruct"},message:"must have required property '"+"dualConstruct"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "value") || (key0 === "singular")) || (key0 === "dual")) || (key0 === "plural")) || (key0 === "accusative")) || (key0 === "dualConstruct"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data0 === 1000) || (data0 === 1000000)) || (data0 === 1000000000)) || (data0 === 1000000000000))){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/enum",keyword:"enum",params:{allowedValues: schema28.properties.value.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.singular !== undefined){
if(!(validate14(data.singular, {instancePath:instancePath+"/singular",parentData:data,parentDataProperty:"singular",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.dual !== undefined){
if(!(validate14(data.dual, {instancePath:instancePath+"/dual",parentData:data,parentDataProperty:"dual",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.plural !== undefined){
if(!(validate14(data.plural, {instancePath:instancePath+"/plural",parentData:data,parentDataProperty:"plural",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.accusative !== undefined){
if(!(validate14(data.accusative, {instancePath:instancePath+"/accusative",parentData:data,parentDataProperty:"accusative",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.dualConstruct !== undefined){
if(!(validate14(data.dualConstruct, {instancePath:instancePath+"/dualConstruct",parentData:data,parentDataProperty:"dualConstruct",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
validate25.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"forms":{"$ref":"#/definitions/forms"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate14(data.forms, {instancePath:instancePath+"/forms",parentData:data,parentDataProperty:"forms",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
validate32.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="arabic-numerals.schema.json" */;
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
if(data.teenTails === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "teenTails"},message:"must have required property '"+"teenTails"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.teens === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "teens"},message:"must have required property '"+"teens"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tens === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tens"},message:"must have required property '"+"tens"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.hundreds === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hundreds"},message:"must have required property '"+"hundreds"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.scales === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scales"},message:"must have required property '"+"scales"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.fractions === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fractions"},message:"must have required property '"+"fractions"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.decimalPoints === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decimalPoints"},message:"must have required property '"+"decimalPoints"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.minusWords === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minusWords"},message:"must have required property '"+"minusWords"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.vague === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vague"},message:"must have required property '"+"vague"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema19.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.units !== undefined){
let data0 = data.units;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate13(data0[i0], {instancePath:instancePath+"/units/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.teenTails !== undefined){
if(!(validate14(data.teenTails, {instancePath:instancePath+"/teenTails",parentData:data,parentDataProperty:"teenTails",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.teens !== undefined){
let data3 = data.teens;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate18(data3[i1], {instancePath:instancePath+"/teens/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/teens",schemaPath:"#/properties/teens/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.tens !== undefined){
let data5 = data.tens;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate18(data5[i2], {instancePath:instancePath+"/tens/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/tens",schemaPath:"#/properties/tens/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hundreds !== undefined){
let data7 = data.hundreds;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
if(!(validate22(data7[i3], {instancePath:instancePath+"/hundreds/" + i3,parentData:data7,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/hundreds",schemaPath:"#/properties/hundreds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.scales !== undefined){
let data9 = data.scales;
if(Array.isArray(data9)){
const len4 = data9.length;
for(let i4=0; i4<len4; i4++){
if(!(validate25(data9[i4], {instancePath:instancePath+"/scales/" + i4,parentData:data9,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/scales",schemaPath:"#/properties/scales/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.fractions !== undefined){
let data11 = data.fractions;
if(Array.isArray(data11)){
const len5 = data11.length;
for(let i5=0; i5<len5; i5++){
if(!(validate32(data11[i5], {instancePath:instancePath+"/fractions/" + i5,parentData:data11,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/fractions",schemaPath:"#/properties/fractions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.decimalPoints !== undefined){
if(!(validate14(data.decimalPoints, {instancePath:instancePath+"/decimalPoints",parentData:data,parentDataProperty:"decimalPoints",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.minusWords !== undefined){
if(!(validate14(data.minusWords, {instancePath:instancePath+"/minusWords",parentData:data,parentDataProperty:"minusWords",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.vague !== undefined){
if(!(validate14(data.vague, {instancePath:instancePath+"/vague",parentData:data,parentDataProperty:"vague",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
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
validate12.errors = vErrors;
return errors === 0;
}

export const arabicPercent = validate38;
const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-percent.schema.json","title":"ArabicPercent","description":"What makes the number before it a percentage (pipeline/arabic/lexicon/percent.json): a phrase of words (في المائة, بالمئة) or a sign (%, ٪). The phrase or sign is part of the mention.","type":"object","additionalProperties":false,"required":["phrases","signs"],"properties":{"phrases":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","description":"Words without diacritics, separated by one space, written exactly as they follow the number (no clitic is added).","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"}},"signs":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":1}}}};
const pattern9 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$", "u");
const func4 = require("ajv/dist/runtime/ucs2length").default;

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern9.test(data1)){
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
validate38.errors = vErrors;
return errors === 0;
}

export const arabicQualifiers = validate39;
const schema31 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-qualifiers.schema.json","title":"ArabicQualifiers","description":"Phrases written right before a number that bound or approximate it (pipeline/arabic/lexicon/qualifiers.json). The first word may carry the clitics و ف ب ل ك (بأكثر من); the mention then starts at the phrase, after the clitics.","type":"object","additionalProperties":false,"required":["qualifiers"],"properties":{"qualifiers":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["phrase","code"],"properties":{"phrase":{"type":"string","description":"Words without diacritics, separated by one space.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"},"code":{"type":"string","enum":["gt","gte","lt","lte","approx"],"description":"gt: more than; gte: at least; lt: less than; lte: at most; approx: about."}}}}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(key0 === "qualifiers")){
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
if(data.qualifiers !== undefined){
let data0 = data.qualifiers;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/qualifiers",schemaPath:"#/properties/qualifiers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(data1.phrase === undefined){
const err3 = {instancePath:instancePath+"/qualifiers/" + i0,schemaPath:"#/properties/qualifiers/items/required",keyword:"required",params:{missingProperty: "phrase"},message:"must have required property '"+"phrase"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.code === undefined){
const err4 = {instancePath:instancePath+"/qualifiers/" + i0,schemaPath:"#/properties/qualifiers/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "phrase") || (key1 === "code"))){
const err5 = {instancePath:instancePath+"/qualifiers/" + i0,schemaPath:"#/properties/qualifiers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.phrase !== undefined){
let data2 = data1.phrase;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err6 = {instancePath:instancePath+"/qualifiers/" + i0+"/phrase",schemaPath:"#/properties/qualifiers/items/properties/phrase/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"+"\""};
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
const err7 = {instancePath:instancePath+"/qualifiers/" + i0+"/phrase",schemaPath:"#/properties/qualifiers/items/properties/phrase/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/qualifiers/" + i0+"/code",schemaPath:"#/properties/qualifiers/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((data3 === "gt") || (data3 === "gte")) || (data3 === "lt")) || (data3 === "lte")) || (data3 === "approx"))){
const err9 = {instancePath:instancePath+"/qualifiers/" + i0+"/code",schemaPath:"#/properties/qualifiers/items/properties/code/enum",keyword:"enum",params:{allowedValues: schema31.properties.qualifiers.items.properties.code.enum},message:"must be equal to one of the allowed values"};
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
const err10 = {instancePath:instancePath+"/qualifiers/" + i0,schemaPath:"#/properties/qualifiers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err11 = {instancePath:instancePath+"/qualifiers",schemaPath:"#/properties/qualifiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

export const catalogueBreakdowns = validate40;
const schema32 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-breakdowns.schema.json","title":"BreakdownCatalogue","description":"Breakdowns of a figure by category (pipeline/catalogue/breakdowns.json): each has a code list, and each category the words that name it in a text. A share figure of a breakdown gets the category named in its clause (before the number first: 'إسبانيا: 25%', 'قضايا المخدرات (38%)'; else after it: '38% منها تتعلق بالمخدرات'). Cue words are folded as in the indicators catalogue; a cue of several words matches consecutive words.","type":"object","additionalProperties":false,"required":["breakdowns"],"properties":{"breakdowns":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","label","description","code_list","categories"],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"code_list":{"type":"string","minLength":1,"description":"Where the codes come from (e.g. ISO 3166-1 alpha-2), or 'project' for a list of this project's."},"categories":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["code","label","cues"],"properties":{"code":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","maxLength":64},"label":{"$ref":"#/definitions/labels"},"cues":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},"description":"Folded words (or sequences of words separated by one space) that name the category; empty for a category no text names by itself ('other')."}}}}}}}},"definitions":{"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}}}};
const schema33 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};
const pattern11 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const pattern12 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
const pattern13 = new RegExp("^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$", "u");

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data1.id === undefined){
const err2 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.label === undefined){
const err3 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.description === undefined){
const err4 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.code_list === undefined){
const err5 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/required",keyword:"required",params:{missingProperty: "code_list"},message:"must have required property '"+"code_list"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.categories === undefined){
const err6 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "id") || (key1 === "label")) || (key1 === "description")) || (key1 === "code_list")) || (key1 === "categories"))){
const err7 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func4(data2) > 64){
const err8 = {instancePath:instancePath+"/breakdowns/" + i0+"/id",schemaPath:"#/properties/breakdowns/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern11.test(data2)){
const err9 = {instancePath:instancePath+"/breakdowns/" + i0+"/id",schemaPath:"#/properties/breakdowns/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err10 = {instancePath:instancePath+"/breakdowns/" + i0+"/id",schemaPath:"#/properties/breakdowns/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.label !== undefined){
let data3 = data1.label;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.ar === undefined){
const err11 = {instancePath:instancePath+"/breakdowns/" + i0+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.en === undefined){
const err12 = {instancePath:instancePath+"/breakdowns/" + i0+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.fr === undefined){
const err13 = {instancePath:instancePath+"/breakdowns/" + i0+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data3){
if(!(((key2 === "ar") || (key2 === "en")) || (key2 === "fr"))){
const err14 = {instancePath:instancePath+"/breakdowns/" + i0+"/label",schemaPath:"#/definitions/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.ar !== undefined){
let data4 = data3.ar;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err15 = {instancePath:instancePath+"/breakdowns/" + i0+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err16 = {instancePath:instancePath+"/breakdowns/" + i0+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.en !== undefined){
let data5 = data3.en;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err17 = {instancePath:instancePath+"/breakdowns/" + i0+"/label/en",schemaPath:"#/definitions/labels/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err18 = {instancePath:instancePath+"/breakdowns/" + i0+"/label/en",schemaPath:"#/definitions/labels/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.fr !== undefined){
let data6 = data3.fr;
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err19 = {instancePath:instancePath+"/breakdowns/" + i0+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err20 = {instancePath:instancePath+"/breakdowns/" + i0+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/breakdowns/" + i0+"/label",schemaPath:"#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.description !== undefined){
let data7 = data1.description;
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err22 = {instancePath:instancePath+"/breakdowns/" + i0+"/description",schemaPath:"#/properties/breakdowns/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err23 = {instancePath:instancePath+"/breakdowns/" + i0+"/description",schemaPath:"#/properties/breakdowns/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data1.code_list !== undefined){
let data8 = data1.code_list;
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err24 = {instancePath:instancePath+"/breakdowns/" + i0+"/code_list",schemaPath:"#/properties/breakdowns/items/properties/code_list/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/breakdowns/" + i0+"/code_list",schemaPath:"#/properties/breakdowns/items/properties/code_list/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.categories !== undefined){
let data9 = data1.categories;
if(Array.isArray(data9)){
if(data9.length < 1){
const err26 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories",schemaPath:"#/properties/breakdowns/items/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.code === undefined){
const err27 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.label === undefined){
const err28 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.cues === undefined){
const err29 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/required",keyword:"required",params:{missingProperty: "cues"},message:"must have required property '"+"cues"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data10){
if(!(((key3 === "code") || (key3 === "label")) || (key3 === "cues"))){
const err30 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.code !== undefined){
let data11 = data10.code;
if(typeof data11 === "string"){
if(func4(data11) > 64){
const err31 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/code",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/code/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern12.test(data11)){
const err32 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/code",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/code",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.label !== undefined){
let data12 = data10.label;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.ar === undefined){
const err34 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12.en === undefined){
const err35 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.fr === undefined){
const err36 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key4 in data12){
if(!(((key4 === "ar") || (key4 === "en")) || (key4 === "fr"))){
const err37 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label",schemaPath:"#/definitions/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data12.ar !== undefined){
let data13 = data12.ar;
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err38 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err39 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.en !== undefined){
let data14 = data12.en;
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err40 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label/en",schemaPath:"#/definitions/labels/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err41 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label/en",schemaPath:"#/definitions/labels/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data12.fr !== undefined){
let data15 = data12.fr;
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err42 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err43 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err44 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/label",schemaPath:"#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data10.cues !== undefined){
let data16 = data10.cues;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(typeof data17 === "string"){
if(!pattern13.test(data17)){
const err45 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues/" + i2,schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues/" + i2,schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
let i3 = data16.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data16[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err47 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err48 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1+"/cues",schemaPath:"#/properties/breakdowns/items/properties/categories/items/properties/cues/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories/" + i1,schemaPath:"#/properties/breakdowns/items/properties/categories/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/breakdowns/" + i0+"/categories",schemaPath:"#/properties/breakdowns/items/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err51 = {instancePath:instancePath+"/breakdowns/" + i0,schemaPath:"#/properties/breakdowns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/breakdowns",schemaPath:"#/properties/breakdowns/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

export const catalogueCorrections = validate41;
const schema35 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-corrections.schema.json","title":"CorrectionCatalogue","description":"Audited corrections of what a source says or of how the pipeline reads it (pipeline/catalogue/corrections.json). Each names a number of a source by its text exactly as written and its start offset (the mentions table's text and start); the run fails when the raw text at that offset no longer reads so. `npm run pipeline -- explain <source-id>` prints a ready-to-paste correction for every held-back number.","type":"object","additionalProperties":false,"required":["corrections"],"properties":{"corrections":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["source_id","text","start","reason"],"properties":{"source_id":{"type":"string","minLength":1},"text":{"type":"string","minLength":1,"description":"The number exactly as written (the mentions table's text)."},"start":{"type":"integer","minimum":0,"description":"Its start offset (the mentions table's start)."},"set":{"type":"object","additionalProperties":false,"minProperties":1,"description":"The fields to set: the figure's value or qualifier when the source is wrong; its indicator, category, period or base period when the pipeline reads it wrong (or cannot decide).","properties":{"indicator_id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"category":{"type":["string","null"],"pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$"},"base_period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$"},"value":{"type":"number"},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]}}},"withhold":{"const":true,"description":"The number is not a figure to publish (a misprint that cannot be corrected, a figure of something else): it is listed as ignored, with the reason."},"reason":{"type":"string","minLength":10,"description":"Why, with the evidence (another source, the institution's release)."}},"oneOf":[{"required":["set"]},{"required":["withhold"]}]}}}};
const pattern16 = new RegExp("^[0-9]{4}(-(H[12]|Q[1-4]))?$", "u");

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data1.source_id === undefined){
const err5 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.text === undefined){
const err6 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.start === undefined){
const err7 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.reason === undefined){
const err8 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "source_id") || (key1 === "text")) || (key1 === "start")) || (key1 === "set")) || (key1 === "withhold")) || (key1 === "reason"))){
const err9 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.source_id !== undefined){
let data2 = data1.source_id;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err10 = {instancePath:instancePath+"/corrections/" + i0+"/source_id",schemaPath:"#/properties/corrections/items/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/corrections/" + i0+"/source_id",schemaPath:"#/properties/corrections/items/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.text !== undefined){
let data3 = data1.text;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err12 = {instancePath:instancePath+"/corrections/" + i0+"/text",schemaPath:"#/properties/corrections/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/corrections/" + i0+"/text",schemaPath:"#/properties/corrections/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.start !== undefined){
let data4 = data1.start;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/corrections/" + i0+"/start",schemaPath:"#/properties/corrections/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/corrections/" + i0+"/start",schemaPath:"#/properties/corrections/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data1.set !== undefined){
let data5 = data1.set;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err16 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data5){
if(!((((((key2 === "indicator_id") || (key2 === "category")) || (key2 === "period")) || (key2 === "base_period")) || (key2 === "value")) || (key2 === "qualifier"))){
const err17 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.indicator_id !== undefined){
let data6 = data5.indicator_id;
if(typeof data6 === "string"){
if(!pattern11.test(data6)){
const err18 = {instancePath:instancePath+"/corrections/" + i0+"/set/indicator_id",schemaPath:"#/properties/corrections/items/properties/set/properties/indicator_id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err19 = {instancePath:instancePath+"/corrections/" + i0+"/set/indicator_id",schemaPath:"#/properties/corrections/items/properties/set/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.category !== undefined){
let data7 = data5.category;
if((typeof data7 !== "string") && (data7 !== null)){
const err20 = {instancePath:instancePath+"/corrections/" + i0+"/set/category",schemaPath:"#/properties/corrections/items/properties/set/properties/category/type",keyword:"type",params:{type: schema35.properties.corrections.items.properties.set.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern12.test(data7)){
const err21 = {instancePath:instancePath+"/corrections/" + i0+"/set/category",schemaPath:"#/properties/corrections/items/properties/set/properties/category/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\""};
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
if(data5.period !== undefined){
let data8 = data5.period;
if(typeof data8 === "string"){
if(!pattern16.test(data8)){
const err22 = {instancePath:instancePath+"/corrections/" + i0+"/set/period",schemaPath:"#/properties/corrections/items/properties/set/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err23 = {instancePath:instancePath+"/corrections/" + i0+"/set/period",schemaPath:"#/properties/corrections/items/properties/set/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.base_period !== undefined){
let data9 = data5.base_period;
if((typeof data9 !== "string") && (data9 !== null)){
const err24 = {instancePath:instancePath+"/corrections/" + i0+"/set/base_period",schemaPath:"#/properties/corrections/items/properties/set/properties/base_period/type",keyword:"type",params:{type: schema35.properties.corrections.items.properties.set.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data9 === "string"){
if(!pattern16.test(data9)){
const err25 = {instancePath:instancePath+"/corrections/" + i0+"/set/base_period",schemaPath:"#/properties/corrections/items/properties/set/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
if(data5.value !== undefined){
let data10 = data5.value;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/corrections/" + i0+"/set/value",schemaPath:"#/properties/corrections/items/properties/set/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.qualifier !== undefined){
let data11 = data5.qualifier;
if((typeof data11 !== "string") && (data11 !== null)){
const err27 = {instancePath:instancePath+"/corrections/" + i0+"/set/qualifier",schemaPath:"#/properties/corrections/items/properties/set/properties/qualifier/type",keyword:"type",params:{type: schema35.properties.corrections.items.properties.set.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((((((data11 === "gt") || (data11 === "gte")) || (data11 === "lt")) || (data11 === "lte")) || (data11 === "approx")) || (data11 === null))){
const err28 = {instancePath:instancePath+"/corrections/" + i0+"/set/qualifier",schemaPath:"#/properties/corrections/items/properties/set/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema35.properties.corrections.items.properties.set.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
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
const err29 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.withhold !== undefined){
if(true !== data1.withhold){
const err30 = {instancePath:instancePath+"/corrections/" + i0+"/withhold",schemaPath:"#/properties/corrections/items/properties/withhold/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1.reason !== undefined){
let data13 = data1.reason;
if(typeof data13 === "string"){
if(func4(data13) < 10){
const err31 = {instancePath:instancePath+"/corrections/" + i0+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
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
const err32 = {instancePath:instancePath+"/corrections/" + i0+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err33 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/corrections",schemaPath:"#/properties/corrections/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

export const catalogueCruft = validate42;
const schema36 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-cruft.schema.json","title":"CruftRules","description":"Page cruft that ingest sets aside (pipeline/catalogue/cruft.json): lines of a retrieved web page that are not part of the article. Numbers on such lines are accounted for as cruft, never published as observations.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason"],"oneOf":[{"required":["line_equals"]},{"required":["line_pattern"]}],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"reason":{"type":"string","minLength":1,"description":"Why such a line is not part of the article."},"line_equals":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Whole lines (normalised, trimmed, without a closing colon or ellipsis) that are cruft."},"line_pattern":{"type":"string","format":"regex","description":"A regular expression (JavaScript, unicode flag) that a whole normalised, trimmed line must match."},"starts_block":{"type":"boolean","description":"The line heads a block of the page (a list of related articles, the latest news): the lines after it, up to the first empty line, are cruft too."}}}}}};
const formats0 = formats.regex;

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
}
if(!valid3){
const err4 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
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
if(data1.id === undefined){
const err5 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.reason === undefined){
const err6 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "id") || (key1 === "reason")) || (key1 === "line_equals")) || (key1 === "line_pattern")) || (key1 === "starts_block"))){
const err7 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern11.test(data2)){
const err8 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err9 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.reason !== undefined){
let data3 = data1.reason;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err10 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.line_equals !== undefined){
let data4 = data1.line_equals;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/rules/" + i0+"/line_equals",schemaPath:"#/properties/rules/items/properties/line_equals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err13 = {instancePath:instancePath+"/rules/" + i0+"/line_equals/" + i1,schemaPath:"#/properties/rules/items/properties/line_equals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err14 = {instancePath:instancePath+"/rules/" + i0+"/line_equals/" + i1,schemaPath:"#/properties/rules/items/properties/line_equals/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/rules/" + i0+"/line_equals",schemaPath:"#/properties/rules/items/properties/line_equals/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.line_pattern !== undefined){
let data6 = data1.line_pattern;
if(typeof data6 === "string"){
if(!(formats0(data6))){
const err16 = {instancePath:instancePath+"/rules/" + i0+"/line_pattern",schemaPath:"#/properties/rules/items/properties/line_pattern/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\""};
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
const err17 = {instancePath:instancePath+"/rules/" + i0+"/line_pattern",schemaPath:"#/properties/rules/items/properties/line_pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.starts_block !== undefined){
if(typeof data1.starts_block !== "boolean"){
const err18 = {instancePath:instancePath+"/rules/" + i0+"/starts_block",schemaPath:"#/properties/rules/items/properties/starts_block/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err19 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err20 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate42.errors = vErrors;
return errors === 0;
}

export const catalogueDataset = validate43;
const schema37 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-dataset.schema.json","title":"DatasetMetadata","description":"What the published data package says about itself (pipeline/catalogue/dataset.json): name, identifier, addresses, titles, licence and rights, contributors.","type":"object","additionalProperties":false,"required":["name","title","description","licence","rights","publisher","contributors","keywords","id","repository","homepage","file_stem","limits","spatial_coverage"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9._-]+$","description":"The package name (Frictionless: lower case, '.', '_' and '-')."},"id":{"type":"string","format":"uri","pattern":"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$","description":"The package's stable identifier (datapackage.json `id`), the same for every version: a urn:uuid: minted once for this dataset, or a DOI (https://doi.org/…) once one is registered. Never change it after a version is published: it is how catalogues recognise the dataset across versions and addresses."},"title":{"$ref":"#/definitions/trilingual"},"description":{"$ref":"#/definitions/trilingual"},"licence":{"type":"object","additionalProperties":false,"required":["name","title","path"],"properties":{"name":{"type":"string"},"title":{"type":"string"},"path":{"type":"string","format":"uri"}}},"rights":{"type":"object","additionalProperties":false,"required":["en","ar","fr"],"description":"What the licence does not cover: the quoted text of the sources (quotes, sentences, titles), reproduced as short quotations for citation, with their sources. Shown in datapackage.json, the JSON-LD, the data card and the page.","properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"publisher":{"type":"string","minLength":1,"description":"Who publishes the dataset (for citations)."},"contributors":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","roles"],"properties":{"title":{"type":"string"},"roles":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["creator","contact","rightsHolder","dataCurator","dataCollector","dataManager","distributor","editor","producer","projectLeader","projectMember","researcher","other"]}},"path":{"type":"string","format":"uri"},"email":{"type":"string","format":"email"},"organization":{"type":"string","minLength":1}}},"description":"Who made the package, with their roles (Data Package v2 `roles`, from the DataCite contributor types the standard recommends). The publisher (field `publisher`) is added to datapackage.json as a contributor with the role 'publisher'."},"keywords":{"type":"array","items":{"type":"string","minLength":1}},"homepage":{"type":["string","null"],"format":"uri","description":"Where the published output (the download page) lives, without a version: each version is at <homepage>/<version>/. null until it has a public address; the repository address, when known, is then the package's homepage."},"repository":{"type":["string","null"],"format":"uri","pattern":"^https://","description":"The public address of the project's source repository, set once here and used by the citation, datapackage.json, the JSON-LD and the page. null while the project has no public address: the citation then says the address is not known (never a guessed URL)."},"file_stem":{"type":"string","pattern":"^[a-z0-9-]+$","description":"Stem of the workbook's file name (<stem>-<version>.xlsx)."},"limits":{"type":"array","items":{"$ref":"#/definitions/trilingual"},"description":"Known limits of the data that do not depend on it, in the three languages of the data card: what a reader must know before using it. Sentences that depend on the data (how many sources, which periods, whether there is a series) are generated, never written here."},"spatial_coverage":{"type":"string","minLength":1,"description":"Where the figures apply (for dataset search engines)."}},"definitions":{"trilingual":{"type":"object","additionalProperties":false,"required":["en","ar","fr"],"properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}}}};
const schema38 = {"type":"object","additionalProperties":false,"required":["en","ar","fr"],"properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};
const pattern19 = new RegExp("^[a-z0-9._-]+$", "u");
const pattern20 = new RegExp("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$", "u");
const pattern21 = new RegExp("^https://", "u");
const pattern22 = new RegExp("^[a-z0-9-]+$", "u");
const formats2 = formats.uri;
const formats8 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-dataset.schema.json" */;
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
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.description === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.licence === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "licence"},message:"must have required property '"+"licence"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rights === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rights"},message:"must have required property '"+"rights"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.publisher === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.contributors === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contributors"},message:"must have required property '"+"contributors"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.keywords === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keywords"},message:"must have required property '"+"keywords"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.id === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.repository === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.homepage === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "homepage"},message:"must have required property '"+"homepage"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.file_stem === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file_stem"},message:"must have required property '"+"file_stem"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.limits === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limits"},message:"must have required property '"+"limits"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.spatial_coverage === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spatial_coverage"},message:"must have required property '"+"spatial_coverage"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema37.properties, key0))){
const err14 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9._-]+$"},message:"must match pattern \""+"^[a-z0-9._-]+$"+"\""};
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
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern20.test(data1)){
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$"},message:"must match pattern \""+"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^https://doi\\.org/10\\.[0-9]{4,}/\\S+$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats2(data1))){
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.en === undefined){
const err20 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data2.ar === undefined){
const err21 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data2.fr === undefined){
const err22 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "en") || (key1 === "ar")) || (key1 === "fr"))){
const err23 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/trilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.en !== undefined){
let data3 = data2.en;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err24 = {instancePath:instancePath+"/title/en",schemaPath:"#/definitions/trilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err25 = {instancePath:instancePath+"/title/en",schemaPath:"#/definitions/trilingual/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.ar !== undefined){
let data4 = data2.ar;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err26 = {instancePath:instancePath+"/title/ar",schemaPath:"#/definitions/trilingual/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err27 = {instancePath:instancePath+"/title/ar",schemaPath:"#/definitions/trilingual/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.fr !== undefined){
let data5 = data2.fr;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err28 = {instancePath:instancePath+"/title/fr",schemaPath:"#/definitions/trilingual/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err29 = {instancePath:instancePath+"/title/fr",schemaPath:"#/definitions/trilingual/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/trilingual/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.description !== undefined){
let data6 = data.description;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.en === undefined){
const err31 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data6.ar === undefined){
const err32 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6.fr === undefined){
const err33 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data6){
if(!(((key2 === "en") || (key2 === "ar")) || (key2 === "fr"))){
const err34 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/trilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.en !== undefined){
let data7 = data6.en;
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err35 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/trilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/trilingual/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data6.ar !== undefined){
let data8 = data6.ar;
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err37 = {instancePath:instancePath+"/description/ar",schemaPath:"#/definitions/trilingual/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/description/ar",schemaPath:"#/definitions/trilingual/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data6.fr !== undefined){
let data9 = data6.fr;
if(typeof data9 === "string"){
if(func4(data9) < 1){
const err39 = {instancePath:instancePath+"/description/fr",schemaPath:"#/definitions/trilingual/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/description/fr",schemaPath:"#/definitions/trilingual/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/trilingual/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.licence !== undefined){
let data10 = data.licence;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err42 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data10.title === undefined){
const err43 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data10.path === undefined){
const err44 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key3 in data10){
if(!(((key3 === "name") || (key3 === "title")) || (key3 === "path"))){
const err45 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err46 = {instancePath:instancePath+"/licence/name",schemaPath:"#/properties/licence/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data10.title !== undefined){
if(typeof data10.title !== "string"){
const err47 = {instancePath:instancePath+"/licence/title",schemaPath:"#/properties/licence/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data10.path !== undefined){
let data13 = data10.path;
if(typeof data13 === "string"){
if(!(formats2(data13))){
const err48 = {instancePath:instancePath+"/licence/path",schemaPath:"#/properties/licence/properties/path/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/licence/path",schemaPath:"#/properties/licence/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.rights !== undefined){
let data14 = data.rights;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.en === undefined){
const err51 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data14.ar === undefined){
const err52 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data14.fr === undefined){
const err53 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data14){
if(!(((key4 === "en") || (key4 === "ar")) || (key4 === "fr"))){
const err54 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data14.en !== undefined){
let data15 = data14.en;
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err55 = {instancePath:instancePath+"/rights/en",schemaPath:"#/properties/rights/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/rights/en",schemaPath:"#/properties/rights/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data14.ar !== undefined){
let data16 = data14.ar;
if(typeof data16 === "string"){
if(func4(data16) < 1){
const err57 = {instancePath:instancePath+"/rights/ar",schemaPath:"#/properties/rights/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err58 = {instancePath:instancePath+"/rights/ar",schemaPath:"#/properties/rights/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data14.fr !== undefined){
let data17 = data14.fr;
if(typeof data17 === "string"){
if(func4(data17) < 1){
const err59 = {instancePath:instancePath+"/rights/fr",schemaPath:"#/properties/rights/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/rights/fr",schemaPath:"#/properties/rights/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/rights",schemaPath:"#/properties/rights/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.publisher !== undefined){
let data18 = data.publisher;
if(typeof data18 === "string"){
if(func4(data18) < 1){
const err62 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err63 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.contributors !== undefined){
let data19 = data.contributors;
if(Array.isArray(data19)){
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
let data20 = data19[i0];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.title === undefined){
const err64 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data20.roles === undefined){
const err65 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key5 in data20){
if(!(((((key5 === "title") || (key5 === "roles")) || (key5 === "path")) || (key5 === "email")) || (key5 === "organization"))){
const err66 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data20.title !== undefined){
if(typeof data20.title !== "string"){
const err67 = {instancePath:instancePath+"/contributors/" + i0+"/title",schemaPath:"#/properties/contributors/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data20.roles !== undefined){
let data22 = data20.roles;
if(Array.isArray(data22)){
if(data22.length < 1){
const err68 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(typeof data23 !== "string"){
const err69 = {instancePath:instancePath+"/contributors/" + i0+"/roles/" + i1,schemaPath:"#/properties/contributors/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!(((((((((((((data23 === "creator") || (data23 === "contact")) || (data23 === "rightsHolder")) || (data23 === "dataCurator")) || (data23 === "dataCollector")) || (data23 === "dataManager")) || (data23 === "distributor")) || (data23 === "editor")) || (data23 === "producer")) || (data23 === "projectLeader")) || (data23 === "projectMember")) || (data23 === "researcher")) || (data23 === "other"))){
const err70 = {instancePath:instancePath+"/contributors/" + i0+"/roles/" + i1,schemaPath:"#/properties/contributors/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema37.properties.contributors.items.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
let i2 = data22.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data22[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err71 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err72 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data20.path !== undefined){
let data24 = data20.path;
if(typeof data24 === "string"){
if(!(formats2(data24))){
const err73 = {instancePath:instancePath+"/contributors/" + i0+"/path",schemaPath:"#/properties/contributors/items/properties/path/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/contributors/" + i0+"/path",schemaPath:"#/properties/contributors/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data20.email !== undefined){
let data25 = data20.email;
if(typeof data25 === "string"){
if(!(formats8.test(data25))){
const err75 = {instancePath:instancePath+"/contributors/" + i0+"/email",schemaPath:"#/properties/contributors/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/contributors/" + i0+"/email",schemaPath:"#/properties/contributors/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data20.organization !== undefined){
let data26 = data20.organization;
if(typeof data26 === "string"){
if(func4(data26) < 1){
const err77 = {instancePath:instancePath+"/contributors/" + i0+"/organization",schemaPath:"#/properties/contributors/items/properties/organization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/contributors/" + i0+"/organization",schemaPath:"#/properties/contributors/items/properties/organization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/contributors",schemaPath:"#/properties/contributors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.keywords !== undefined){
let data27 = data.keywords;
if(Array.isArray(data27)){
const len2 = data27.length;
for(let i3=0; i3<len2; i3++){
let data28 = data27[i3];
if(typeof data28 === "string"){
if(func4(data28) < 1){
const err81 = {instancePath:instancePath+"/keywords/" + i3,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/keywords/" + i3,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.homepage !== undefined){
let data29 = data.homepage;
if((typeof data29 !== "string") && (data29 !== null)){
const err84 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/type",keyword:"type",params:{type: schema37.properties.homepage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(typeof data29 === "string"){
if(!(formats2(data29))){
const err85 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data.repository !== undefined){
let data30 = data.repository;
if((typeof data30 !== "string") && (data30 !== null)){
const err86 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: schema37.properties.repository.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(typeof data30 === "string"){
if(!pattern21.test(data30)){
const err87 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!(formats2(data30))){
const err88 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data.file_stem !== undefined){
let data31 = data.file_stem;
if(typeof data31 === "string"){
if(!pattern22.test(data31)){
const err89 = {instancePath:instancePath+"/file_stem",schemaPath:"#/properties/file_stem/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/file_stem",schemaPath:"#/properties/file_stem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.limits !== undefined){
let data32 = data.limits;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i4=0; i4<len3; i4++){
let data33 = data32[i4];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.en === undefined){
const err91 = {instancePath:instancePath+"/limits/" + i4,schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data33.ar === undefined){
const err92 = {instancePath:instancePath+"/limits/" + i4,schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data33.fr === undefined){
const err93 = {instancePath:instancePath+"/limits/" + i4,schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key6 in data33){
if(!(((key6 === "en") || (key6 === "ar")) || (key6 === "fr"))){
const err94 = {instancePath:instancePath+"/limits/" + i4,schemaPath:"#/definitions/trilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data33.en !== undefined){
let data34 = data33.en;
if(typeof data34 === "string"){
if(func4(data34) < 1){
const err95 = {instancePath:instancePath+"/limits/" + i4+"/en",schemaPath:"#/definitions/trilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/limits/" + i4+"/en",schemaPath:"#/definitions/trilingual/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data33.ar !== undefined){
let data35 = data33.ar;
if(typeof data35 === "string"){
if(func4(data35) < 1){
const err97 = {instancePath:instancePath+"/limits/" + i4+"/ar",schemaPath:"#/definitions/trilingual/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/limits/" + i4+"/ar",schemaPath:"#/definitions/trilingual/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data33.fr !== undefined){
let data36 = data33.fr;
if(typeof data36 === "string"){
if(func4(data36) < 1){
const err99 = {instancePath:instancePath+"/limits/" + i4+"/fr",schemaPath:"#/definitions/trilingual/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/limits/" + i4+"/fr",schemaPath:"#/definitions/trilingual/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/limits/" + i4,schemaPath:"#/definitions/trilingual/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.spatial_coverage !== undefined){
let data37 = data.spatial_coverage;
if(typeof data37 === "string"){
if(func4(data37) < 1){
const err103 = {instancePath:instancePath+"/spatial_coverage",schemaPath:"#/properties/spatial_coverage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/spatial_coverage",schemaPath:"#/properties/spatial_coverage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

export const catalogueDerivations = validate44;
const schema41 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-derivations.schema.json","title":"DerivationCatalogue","description":"Figures derived from the observations (pipeline/catalogue/derivations.json), each of a kind from a closed set, evaluated per period without eval. Inputs name indicators of the indicator catalogue or other derivations (evaluated first; a cycle is an error).","type":"object","additionalProperties":false,"required":["derivations"],"properties":{"derivations":{"type":"array","items":{"$ref":"#/definitions/derivation"}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"derivation":{"oneOf":[{"type":"object","additionalProperties":false,"description":"ratio: a / b. share: 100 × part / whole, in percent. difference: a − b.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"enum":["ratio","difference"]},"inputs":{"type":"object","additionalProperties":false,"required":["a","b"],"properties":{"a":{"$ref":"#/definitions/id"},"b":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"share"},"inputs":{"type":"object","additionalProperties":false,"required":["part","whole"],"properties":{"part":{"$ref":"#/definitions/id"},"whole":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"description":"implied_base: the value in the base year that a value and its percentage change imply, value / (1 + change / 100); its period is the change's base period.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"implied_base"},"inputs":{"type":"object","additionalProperties":false,"required":["value","change"],"properties":{"value":{"$ref":"#/definitions/id"},"change":{"$ref":"#/definitions/id"}}}}}]}}};
const schema42 = {"oneOf":[{"type":"object","additionalProperties":false,"description":"ratio: a / b. share: 100 × part / whole, in percent. difference: a − b.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"enum":["ratio","difference"]},"inputs":{"type":"object","additionalProperties":false,"required":["a","b"],"properties":{"a":{"$ref":"#/definitions/id"},"b":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"share"},"inputs":{"type":"object","additionalProperties":false,"required":["part","whole"],"properties":{"part":{"$ref":"#/definitions/id"},"whole":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"description":"implied_base: the value in the base year that a value and its percentage change imply, value / (1 + change / 100); its period is the change's base period.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"implied_base"},"inputs":{"type":"object","additionalProperties":false,"required":["value","change"],"properties":{"value":{"$ref":"#/definitions/id"},"change":{"$ref":"#/definitions/id"}}}}}]};
const schema43 = {"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64};
const schema44 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.description === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.unit === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.kind === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.inputs === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "label")) || (key0 === "description")) || (key0 === "unit")) || (key0 === "kind")) || (key0 === "inputs"))){
const err6 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func4(data0) > 64){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern11.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.ar === undefined){
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.en === undefined){
const err11 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.fr === undefined){
const err12 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "ar") || (key1 === "en")) || (key1 === "fr"))){
const err13 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.ar !== undefined){
let data2 = data1.ar;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err14 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.en !== undefined){
let data3 = data1.en;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err16 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err17 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.fr !== undefined){
let data4 = data1.fr;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err18 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/0/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.unit !== undefined){
let data6 = data.unit;
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err23 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/0/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/0/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.kind !== undefined){
let data7 = data.kind;
if(!((data7 === "ratio") || (data7 === "difference"))){
const err25 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/enum",keyword:"enum",params:{allowedValues: schema42.oneOf[0].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.inputs !== undefined){
let data8 = data.inputs;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.a === undefined){
const err26 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/required",keyword:"required",params:{missingProperty: "a"},message:"must have required property '"+"a"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.b === undefined){
const err27 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "a") || (key2 === "b"))){
const err28 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.a !== undefined){
let data9 = data8.a;
if(typeof data9 === "string"){
if(func4(data9) > 64){
const err29 = {instancePath:instancePath+"/inputs/a",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern11.test(data9)){
const err30 = {instancePath:instancePath+"/inputs/a",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/inputs/a",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.b !== undefined){
let data10 = data8.b;
if(typeof data10 === "string"){
if(func4(data10) > 64){
const err32 = {instancePath:instancePath+"/inputs/b",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern11.test(data10)){
const err33 = {instancePath:instancePath+"/inputs/b",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/inputs/b",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err35 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/0/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err37 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.label === undefined){
const err38 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data.description === undefined){
const err39 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data.unit === undefined){
const err40 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.kind === undefined){
const err41 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.inputs === undefined){
const err42 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key3 in data){
if(!((((((key3 === "id") || (key3 === "label")) || (key3 === "description")) || (key3 === "unit")) || (key3 === "kind")) || (key3 === "inputs"))){
const err43 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.id !== undefined){
let data11 = data.id;
if(typeof data11 === "string"){
if(func4(data11) > 64){
const err44 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern11.test(data11)){
const err45 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.label !== undefined){
let data12 = data.label;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.ar === undefined){
const err47 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12.en === undefined){
const err48 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data12.fr === undefined){
const err49 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key4 in data12){
if(!(((key4 === "ar") || (key4 === "en")) || (key4 === "fr"))){
const err50 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data12.ar !== undefined){
let data13 = data12.ar;
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err51 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data12.en !== undefined){
let data14 = data12.en;
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err53 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data12.fr !== undefined){
let data15 = data12.fr;
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err55 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err57 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.description !== undefined){
let data16 = data.description;
if(typeof data16 === "string"){
if(func4(data16) < 1){
const err58 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/1/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/1/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.unit !== undefined){
let data17 = data.unit;
if(typeof data17 === "string"){
if(func4(data17) < 1){
const err60 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/1/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/1/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.kind !== undefined){
if("share" !== data.kind){
const err62 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "share"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.inputs !== undefined){
let data19 = data.inputs;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.part === undefined){
const err63 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/required",keyword:"required",params:{missingProperty: "part"},message:"must have required property '"+"part"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data19.whole === undefined){
const err64 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/required",keyword:"required",params:{missingProperty: "whole"},message:"must have required property '"+"whole"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key5 in data19){
if(!((key5 === "part") || (key5 === "whole"))){
const err65 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data19.part !== undefined){
let data20 = data19.part;
if(typeof data20 === "string"){
if(func4(data20) > 64){
const err66 = {instancePath:instancePath+"/inputs/part",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern11.test(data20)){
const err67 = {instancePath:instancePath+"/inputs/part",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/inputs/part",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data19.whole !== undefined){
let data21 = data19.whole;
if(typeof data21 === "string"){
if(func4(data21) > 64){
const err69 = {instancePath:instancePath+"/inputs/whole",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!pattern11.test(data21)){
const err70 = {instancePath:instancePath+"/inputs/whole",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/inputs/whole",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/1/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs61 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err74 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data.label === undefined){
const err75 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data.description === undefined){
const err76 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data.unit === undefined){
const err77 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data.kind === undefined){
const err78 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data.inputs === undefined){
const err79 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key6 in data){
if(!((((((key6 === "id") || (key6 === "label")) || (key6 === "description")) || (key6 === "unit")) || (key6 === "kind")) || (key6 === "inputs"))){
const err80 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.id !== undefined){
let data22 = data.id;
if(typeof data22 === "string"){
if(func4(data22) > 64){
const err81 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern11.test(data22)){
const err82 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.label !== undefined){
let data23 = data.label;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.ar === undefined){
const err84 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data23.en === undefined){
const err85 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data23.fr === undefined){
const err86 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key7 in data23){
if(!(((key7 === "ar") || (key7 === "en")) || (key7 === "fr"))){
const err87 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data23.ar !== undefined){
let data24 = data23.ar;
if(typeof data24 === "string"){
if(func4(data24) < 1){
const err88 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data23.en !== undefined){
let data25 = data23.en;
if(typeof data25 === "string"){
if(func4(data25) < 1){
const err90 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data23.fr !== undefined){
let data26 = data23.fr;
if(typeof data26 === "string"){
if(func4(data26) < 1){
const err92 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.description !== undefined){
let data27 = data.description;
if(typeof data27 === "string"){
if(func4(data27) < 1){
const err95 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/2/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/description",schemaPath:"#/oneOf/2/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.unit !== undefined){
let data28 = data.unit;
if(typeof data28 === "string"){
if(func4(data28) < 1){
const err97 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/2/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/unit",schemaPath:"#/oneOf/2/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.kind !== undefined){
if("implied_base" !== data.kind){
const err99 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "implied_base"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.inputs !== undefined){
let data30 = data.inputs;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.value === undefined){
const err100 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data30.change === undefined){
const err101 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key8 in data30){
if(!((key8 === "value") || (key8 === "change"))){
const err102 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data30.value !== undefined){
let data31 = data30.value;
if(typeof data31 === "string"){
if(func4(data31) > 64){
const err103 = {instancePath:instancePath+"/inputs/value",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!pattern11.test(data31)){
const err104 = {instancePath:instancePath+"/inputs/value",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/inputs/value",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data30.change !== undefined){
let data32 = data30.change;
if(typeof data32 === "string"){
if(func4(data32) > 64){
const err106 = {instancePath:instancePath+"/inputs/change",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(!pattern11.test(data32)){
const err107 = {instancePath:instancePath+"/inputs/change",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/inputs/change",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/inputs",schemaPath:"#/oneOf/2/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid0 = _errs61 === errors;
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
const err111 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
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
validate45.errors = vErrors;
return errors === 0;
}


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate45(data0[i0], {instancePath:instancePath+"/derivations/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
validate44.errors = vErrors;
return errors === 0;
}

export const catalogueIgnore = validate47;
const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-ignore.schema.json","title":"IgnoreRules","description":"Numbers that are not figures to publish, each rule with a written reason (pipeline/catalogue/ignore.json). A number matching every condition of a rule is accounted for as ignored.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason"],"anyOf":[{"required":["followed_by"]},{"required":["preceded_by"]}],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"reason":{"type":"string","minLength":1},"kinds":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["number","percent"]},"description":"Kinds of mention the rule applies to (all when absent)."},"followed_by":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Folded words without clitics, one of which is the first word after the number."},"preceded_by":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Folded words without clitics, one of which is the last word before the number."},"value_between":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2,"description":"[lowest, highest]: the number's value must lie in this range (inclusive)."}}}}}};
const pattern33 = new RegExp("^[\\u0621-\\u064A]+$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
}
if(!valid3){
const err4 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(data1.id === undefined){
const err5 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.reason === undefined){
const err6 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "id") || (key1 === "reason")) || (key1 === "kinds")) || (key1 === "followed_by")) || (key1 === "preceded_by")) || (key1 === "value_between"))){
const err7 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern11.test(data2)){
const err8 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err9 = {instancePath:instancePath+"/rules/" + i0+"/id",schemaPath:"#/properties/rules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.reason !== undefined){
let data3 = data1.reason;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err10 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/rules/" + i0+"/reason",schemaPath:"#/properties/rules/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.kinds !== undefined){
let data4 = data1.kinds;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/rules/" + i0+"/kinds",schemaPath:"#/properties/rules/items/properties/kinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/rules/" + i0+"/kinds/" + i1,schemaPath:"#/properties/rules/items/properties/kinds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data5 === "number") || (data5 === "percent"))){
const err14 = {instancePath:instancePath+"/rules/" + i0+"/kinds/" + i1,schemaPath:"#/properties/rules/items/properties/kinds/items/enum",keyword:"enum",params:{allowedValues: schema55.properties.rules.items.properties.kinds.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/rules/" + i0+"/kinds",schemaPath:"#/properties/rules/items/properties/kinds/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err16 = {instancePath:instancePath+"/rules/" + i0+"/kinds",schemaPath:"#/properties/rules/items/properties/kinds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.followed_by !== undefined){
let data6 = data1.followed_by;
if(Array.isArray(data6)){
if(data6.length < 1){
const err17 = {instancePath:instancePath+"/rules/" + i0+"/followed_by",schemaPath:"#/properties/rules/items/properties/followed_by/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len2 = data6.length;
for(let i3=0; i3<len2; i3++){
let data7 = data6[i3];
if(typeof data7 === "string"){
if(!pattern33.test(data7)){
const err18 = {instancePath:instancePath+"/rules/" + i0+"/followed_by/" + i3,schemaPath:"#/properties/rules/items/properties/followed_by/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err19 = {instancePath:instancePath+"/rules/" + i0+"/followed_by/" + i3,schemaPath:"#/properties/rules/items/properties/followed_by/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err20 = {instancePath:instancePath+"/rules/" + i0+"/followed_by",schemaPath:"#/properties/rules/items/properties/followed_by/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.preceded_by !== undefined){
let data8 = data1.preceded_by;
if(Array.isArray(data8)){
if(data8.length < 1){
const err21 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by",schemaPath:"#/properties/rules/items/properties/preceded_by/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len3 = data8.length;
for(let i4=0; i4<len3; i4++){
let data9 = data8[i4];
if(typeof data9 === "string"){
if(!pattern33.test(data9)){
const err22 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by/" + i4,schemaPath:"#/properties/rules/items/properties/preceded_by/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err23 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by/" + i4,schemaPath:"#/properties/rules/items/properties/preceded_by/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err24 = {instancePath:instancePath+"/rules/" + i0+"/preceded_by",schemaPath:"#/properties/rules/items/properties/preceded_by/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.value_between !== undefined){
let data10 = data1.value_between;
if(Array.isArray(data10)){
if(data10.length > 2){
const err25 = {instancePath:instancePath+"/rules/" + i0+"/value_between",schemaPath:"#/properties/rules/items/properties/value_between/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.length < 2){
const err26 = {instancePath:instancePath+"/rules/" + i0+"/value_between",schemaPath:"#/properties/rules/items/properties/value_between/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len4 = data10.length;
for(let i5=0; i5<len4; i5++){
let data11 = data10[i5];
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err27 = {instancePath:instancePath+"/rules/" + i0+"/value_between/" + i5,schemaPath:"#/properties/rules/items/properties/value_between/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err28 = {instancePath:instancePath+"/rules/" + i0+"/value_between",schemaPath:"#/properties/rules/items/properties/value_between/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err29 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err30 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate47.errors = vErrors;
return errors === 0;
}

export const catalogueIndicators = validate48;
const schema56 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-indicators.schema.json","title":"IndicatorCatalogue","description":"The indicators the pipeline publishes and the cues that map a number in a text to one of them (pipeline/catalogue/indicators.json). Cue words are written normalised and folded (no diacritics or tatweel; أ/إ/آ as ا, ة as ه, ى as ي) and without clitics (و، ف، ب، ل، ك، ال); pipeline/extract/cue-affixes.json lists the prefixes and endings a word of the text may add.","type":"object","additionalProperties":false,"required":["indicators","change_words"],"properties":{"indicators":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/indicator"}},"change_words":{"type":"object","description":"Words announcing a change (زيادة، ارتفاع، انخفاض …): before a percentage in its clause, they make it a percentage change and give its sign.","additionalProperties":false,"required":["increase","decrease"],"properties":{"increase":{"$ref":"#/definitions/words"},"decrease":{"$ref":"#/definitions/words"}}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"word":{"type":"string","pattern":"^[\\u0621-\\u064A]+$","description":"One folded Arabic word without clitics."},"words":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}},"wordGroups":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/words"},"description":"Each item is a list of alternative words; every item must have one of its words in the scope."},"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"pattern":{"type":"object","additionalProperties":false,"minProperties":1,"description":"One way a text states a figure of this indicator. All of a pattern's conditions must hold; the indicator whose matching pattern has the most conditions wins, and two indicators tied at the top are an ambiguity (the figure is held back). A number's clause runs from the last clause mark (، ؛ ; , -) or number before it to the first clause mark or number after it, within its sentence.","properties":{"counted":{"$ref":"#/definitions/words","description":"Counts only. The counted noun: the first word after the number (past من), the dual noun itself ('عمليتين'), or, when no noun follows, the noun the clause names before it ('بلغ عدد الإنابات 143')."},"qualified_by":{"$ref":"#/definitions/words","description":"Counts only. The word right after the counted noun, its adjective: 'مواطنا مغربيا' (مغربي) against 'مواطنا أجنبيا' (اجنبي)."},"not_qualified_by":{"$ref":"#/definitions/words","description":"Counts only. Words the adjective right after the counted noun must not be: 'مواطنا أجنبيا' is no count of persons extradited to Morocco."},"context":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the number's clause."},"topic":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence, from its start to the end of the number's clause ('... تكوين 1200 شرطي، 70% منها حضوريا')."},"earlier":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence before the number ('وبخصوص السيارات المسروقة، ... عالجت المصالح 205 ملفات'): a topic the sentence opened with, not one it turns to after the number."},"exclude":{"$ref":"#/definitions/words","description":"Words that must not be in the number's clause."}}},"indicator":{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1,"description":"What is counted, in English, precisely enough to compare sources."},"unit":{"type":"string","minLength":1,"description":"The unit of the value: a counted noun in English ('files'), or 'percent'."},"kind":{"type":"string","enum":["count","percent_change","share"],"description":"count: a number of things in the period; percent_change: the change of a count against a base period, in percent; share: a part of a whole, in percent (by category when the indicator has a breakdown)."},"change_of":{"$ref":"#/definitions/id","description":"For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in its clause (or in the previous change of its sentence), the count it follows in the sentence (or the noun the sentence names) is of this indicator, and a base period follows it."},"part_of":{"$ref":"#/definitions/id","description":"A count indicator this one is a part of: its value may not be larger (checked by validate across sources and periods)."},"breakdown":{"$ref":"#/definitions/id","description":"For a share: the breakdown (pipeline/catalogue/breakdowns.json) whose categories it is given by; a figure then needs one category named in its clause."},"range":{"type":"object","additionalProperties":false,"description":"Plausible values; a value outside is held back.","properties":{"min":{"type":"number"},"max":{"type":"number"}}},"cues":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/pattern"},"description":"The patterns by which a number is recognised as this indicator (counts and shares)."}},"allOf":[{"if":{"properties":{"kind":{"const":"percent_change"}}},"then":{"required":["change_of"],"properties":{"cues":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"count"}}},"then":{"required":["cues"],"properties":{"change_of":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"share"}}},"then":{"properties":{"change_of":false,"part_of":false}}}]}}};
const schema57 = {"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1,"description":"What is counted, in English, precisely enough to compare sources."},"unit":{"type":"string","minLength":1,"description":"The unit of the value: a counted noun in English ('files'), or 'percent'."},"kind":{"type":"string","enum":["count","percent_change","share"],"description":"count: a number of things in the period; percent_change: the change of a count against a base period, in percent; share: a part of a whole, in percent (by category when the indicator has a breakdown)."},"change_of":{"$ref":"#/definitions/id","description":"For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in its clause (or in the previous change of its sentence), the count it follows in the sentence (or the noun the sentence names) is of this indicator, and a base period follows it."},"part_of":{"$ref":"#/definitions/id","description":"A count indicator this one is a part of: its value may not be larger (checked by validate across sources and periods)."},"breakdown":{"$ref":"#/definitions/id","description":"For a share: the breakdown (pipeline/catalogue/breakdowns.json) whose categories it is given by; a figure then needs one category named in its clause."},"range":{"type":"object","additionalProperties":false,"description":"Plausible values; a value outside is held back.","properties":{"min":{"type":"number"},"max":{"type":"number"}}},"cues":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/pattern"},"description":"The patterns by which a number is recognised as this indicator (counts and shares)."}},"allOf":[{"if":{"properties":{"kind":{"const":"percent_change"}}},"then":{"required":["change_of"],"properties":{"cues":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"count"}}},"then":{"required":["cues"],"properties":{"change_of":false,"breakdown":false}}},{"if":{"properties":{"kind":{"const":"share"}}},"then":{"properties":{"change_of":false,"part_of":false}}}]};
const schema58 = {"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64};
const schema59 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};
const schema63 = {"type":"object","additionalProperties":false,"minProperties":1,"description":"One way a text states a figure of this indicator. All of a pattern's conditions must hold; the indicator whose matching pattern has the most conditions wins, and two indicators tied at the top are an ambiguity (the figure is held back). A number's clause runs from the last clause mark (، ؛ ; , -) or number before it to the first clause mark or number after it, within its sentence.","properties":{"counted":{"$ref":"#/definitions/words","description":"Counts only. The counted noun: the first word after the number (past من), the dual noun itself ('عمليتين'), or, when no noun follows, the noun the clause names before it ('بلغ عدد الإنابات 143')."},"qualified_by":{"$ref":"#/definitions/words","description":"Counts only. The word right after the counted noun, its adjective: 'مواطنا مغربيا' (مغربي) against 'مواطنا أجنبيا' (اجنبي)."},"not_qualified_by":{"$ref":"#/definitions/words","description":"Counts only. Words the adjective right after the counted noun must not be: 'مواطنا أجنبيا' is no count of persons extradited to Morocco."},"context":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the number's clause."},"topic":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence, from its start to the end of the number's clause ('... تكوين 1200 شرطي، 70% منها حضوريا')."},"earlier":{"$ref":"#/definitions/wordGroups","description":"Word groups that must each be present in the sentence before the number ('وبخصوص السيارات المسروقة، ... عالجت المصالح 205 ملفات'): a topic the sentence opened with, not one it turns to after the number."},"exclude":{"$ref":"#/definitions/words","description":"Words that must not be in the number's clause."}}};
const schema64 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}};
const schema65 = {"type":"string","pattern":"^[\\u0621-\\u064A]+$","description":"One folded Arabic word without clitics."};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern33.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/word/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/word/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
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
validate51.errors = vErrors;
return errors === 0;
}

const schema66 = {"type":"array","minItems":1,"items":{"$ref":"#/definitions/words"},"description":"Each item is a list of alternative words; every item must have one of its words in the scope."};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate51(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
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
validate55.errors = vErrors;
return errors === 0;
}


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((((((key0 === "counted") || (key0 === "qualified_by")) || (key0 === "not_qualified_by")) || (key0 === "context")) || (key0 === "topic")) || (key0 === "earlier")) || (key0 === "exclude"))){
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
if(!(validate51(data.counted, {instancePath:instancePath+"/counted",parentData:data,parentDataProperty:"counted",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.qualified_by !== undefined){
if(!(validate51(data.qualified_by, {instancePath:instancePath+"/qualified_by",parentData:data,parentDataProperty:"qualified_by",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.not_qualified_by !== undefined){
if(!(validate51(data.not_qualified_by, {instancePath:instancePath+"/not_qualified_by",parentData:data,parentDataProperty:"not_qualified_by",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data.context !== undefined){
if(!(validate55(data.context, {instancePath:instancePath+"/context",parentData:data,parentDataProperty:"context",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.topic !== undefined){
if(!(validate55(data.topic, {instancePath:instancePath+"/topic",parentData:data,parentDataProperty:"topic",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.earlier !== undefined){
if(!(validate55(data.earlier, {instancePath:instancePath+"/earlier",parentData:data,parentDataProperty:"earlier",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.exclude !== undefined){
if(!(validate51(data.exclude, {instancePath:instancePath+"/exclude",parentData:data,parentDataProperty:"exclude",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
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
validate50.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.id === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.label === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.description === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.unit === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.kind === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema57.properties, key0))){
const err19 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.id !== undefined){
let data9 = data.id;
if(typeof data9 === "string"){
if(func4(data9) > 64){
const err20 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern11.test(data9)){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err22 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.label !== undefined){
let data10 = data.label;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.ar === undefined){
const err23 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10.en === undefined){
const err24 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.fr === undefined){
const err25 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data10){
if(!(((key1 === "ar") || (key1 === "en")) || (key1 === "fr"))){
const err26 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.ar !== undefined){
let data11 = data10.ar;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err27 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err28 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.en !== undefined){
let data12 = data10.en;
if(typeof data12 === "string"){
if(func4(data12) < 1){
const err29 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.fr !== undefined){
let data13 = data10.fr;
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err31 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err32 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err33 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.description !== undefined){
let data14 = data.description;
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err34 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.unit !== undefined){
let data15 = data.unit;
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err36 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err37 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.kind !== undefined){
let data16 = data.kind;
if(typeof data16 !== "string"){
const err38 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(((data16 === "count") || (data16 === "percent_change")) || (data16 === "share"))){
const err39 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema57.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.change_of !== undefined){
let data17 = data.change_of;
if(typeof data17 === "string"){
if(func4(data17) > 64){
const err40 = {instancePath:instancePath+"/change_of",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern11.test(data17)){
const err41 = {instancePath:instancePath+"/change_of",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/change_of",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.part_of !== undefined){
let data18 = data.part_of;
if(typeof data18 === "string"){
if(func4(data18) > 64){
const err43 = {instancePath:instancePath+"/part_of",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern11.test(data18)){
const err44 = {instancePath:instancePath+"/part_of",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/part_of",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.breakdown !== undefined){
let data19 = data.breakdown;
if(typeof data19 === "string"){
if(func4(data19) > 64){
const err46 = {instancePath:instancePath+"/breakdown",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern11.test(data19)){
const err47 = {instancePath:instancePath+"/breakdown",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/breakdown",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.range !== undefined){
let data20 = data.range;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
if(!((key2 === "min") || (key2 === "max"))){
const err49 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data20.min !== undefined){
let data21 = data20.min;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err50 = {instancePath:instancePath+"/range/min",schemaPath:"#/properties/range/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data20.max !== undefined){
let data22 = data20.max;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err51 = {instancePath:instancePath+"/range/max",schemaPath:"#/properties/range/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.cues !== undefined){
let data23 = data.cues;
if(Array.isArray(data23)){
if(data23.length < 1){
const err53 = {instancePath:instancePath+"/cues",schemaPath:"#/properties/cues/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len0 = data23.length;
for(let i0=0; i0<len0; i0++){
if(!(validate50(data23[i0], {instancePath:instancePath+"/cues/" + i0,parentData:data23,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/cues",schemaPath:"#/properties/cues/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate49(data0[i0], {instancePath:instancePath+"/indicators/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
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
if(!(validate51(data2.increase, {instancePath:instancePath+"/change_words/increase",parentData:data2,parentDataProperty:"increase",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
if(data2.decrease !== undefined){
if(!(validate51(data2.decrease, {instancePath:instancePath+"/change_words/decrease",parentData:data2,parentDataProperty:"decrease",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
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
validate48.errors = vErrors;
return errors === 0;
}

export const cataloguePeriods = validate65;
const schema67 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-periods.schema.json","title":"PeriodPhrases","description":"How a text names a period other than its reference period (pipeline/catalogue/periods.json). Words are folded as in the indicators catalogue; a phrase is a list of consecutive words, each given with its alternatives.","type":"object","additionalProperties":false,"required":["previous_year","current_period","same_period","parts","spans","comparisons","implicit_base","shorter_spans","year_to_date","same_year","following_year"],"properties":{"previous_year":{"$ref":"#/definitions/phrases","description":"The year before: in a comparison ('مقابل 41 السنة الماضية', 'مقارنة بالعام الماضي'), the year before the figure's period (in a half-year or quarter report, the same part of that year); elsewhere, the year before the text's publication date, which must then be known."},"current_period":{"$ref":"#/definitions/phrases","description":"The reference period itself ('السنة الجارية', 'هذه السنة')."},"same_period":{"$ref":"#/definitions/phrases","description":"'the same period (of)': with a year or the previous year, the same part of that year ('نفس الفترة من السنة الماضية')."},"parts":{"type":"object","additionalProperties":false,"propertyNames":{"pattern":"^(H[12]|Q[1-4])$"},"patternProperties":{"^(H[12]|Q[1-4])$":{"$ref":"#/definitions/phrases"}},"description":"Phrases naming a part of a year, keyed by the part's code in a period ('H1': 'النصف الأول', 'الأشهر الستة الأولى'; 'Q1': 'الربع الأول', 'الأشهر الثلاثة الأولى'). With a year they name that part of it; alone, that part of the reference year."},"spans":{"$ref":"#/definitions/phrases","description":"Words that make a figure span several periods when a year follows them ('منذ 2015', 'إلى غاية'): its period is unclear and it is held back."},"comparisons":{"$ref":"#/definitions/phrases","description":"Words that make a clause a comparison with an earlier period ('مقابل', 'مقارنة', 'قياسا')."},"implicit_base":{"type":"object","additionalProperties":false,"required":["previous_year","why","not_with"],"description":"What a change that names no base period compares with ('بزيادة 29 في المائة').","properties":{"previous_year":{"type":"boolean","description":"true: the same period a year earlier, as results reports compare; false: such a change is held back."},"why":{"type":"string","minLength":10},"not_with":{"$ref":"#/definitions/words","description":"Words of a span of several years ('تسع سنوات', 'عقد'): in a sentence with one, a change may compare across them, so no base is implied and such a change, or the earlier end of one, is held back."}}},"shorter_spans":{"type":"object","additionalProperties":false,"required":["months","phrases","why"],"description":"Spans shorter than any period the dataset publishes, and rates: a figure whose clause names one is held back.","properties":{"months":{"$ref":"#/definitions/phrases","description":"Month names (both the Maghreb's and the Mashreq's): a span unless right after a day's number."},"phrases":{"$ref":"#/definitions/phrases","description":"Words of months, weeks and rates ('شهر', 'يوميا', 'كل شهر')."},"why":{"type":"string","minLength":1}}},"year_to_date":{"$ref":"#/definitions/phrases","description":"'Since (the start of) January / of the year' ('منذ مطلع يناير', 'منذ بداية السنة'): the reference period, when it starts in January (a year, its first half or first quarter); otherwise the period is unclear."},"same_year":{"$ref":"#/definitions/phrases","description":"'The same year' ('السنة ذاتها', 'نفس السنة'): the year the text last named outside a comparison (pipeline/extract/topic-years.ts), else the reference period."},"following_year":{"$ref":"#/definitions/phrases","description":"'The following year' ('السنة الموالية', 'العام الذي تلاه'): the year after the one the text last named outside a comparison; held back when it named none."}},"definitions":{"phrases":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"}},"description":"A phrase: consecutive words, each a list of alternatives."}},"words":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}}}};
const schema68 = {"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"}},"description":"A phrase: consecutive words, each a list of alternatives."}};
const schema74 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}};
const pattern43 = new RegExp("^(H[12]|Q[1-4])$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-periods.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.previous_year === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previous_year"},message:"must have required property '"+"previous_year"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.current_period === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "current_period"},message:"must have required property '"+"current_period"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.same_period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "same_period"},message:"must have required property '"+"same_period"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.parts === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parts"},message:"must have required property '"+"parts"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.spans === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spans"},message:"must have required property '"+"spans"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.comparisons === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comparisons"},message:"must have required property '"+"comparisons"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.implicit_base === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "implicit_base"},message:"must have required property '"+"implicit_base"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.shorter_spans === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shorter_spans"},message:"must have required property '"+"shorter_spans"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.year_to_date === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "year_to_date"},message:"must have required property '"+"year_to_date"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.same_year === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "same_year"},message:"must have required property '"+"same_year"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.following_year === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "following_year"},message:"must have required property '"+"following_year"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema67.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.previous_year !== undefined){
let data0 = data.previous_year;
if(Array.isArray(data0)){
if(data0.length < 1){
const err12 = {instancePath:instancePath+"/previous_year",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(Array.isArray(data1)){
if(data1.length < 1){
const err13 = {instancePath:instancePath+"/previous_year/" + i0,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data2 = data1[i1];
if(Array.isArray(data2)){
if(data2.length < 1){
const err14 = {instancePath:instancePath+"/previous_year/" + i0+"/" + i1,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len2 = data2.length;
for(let i2=0; i2<len2; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern33.test(data3)){
const err15 = {instancePath:instancePath+"/previous_year/" + i0+"/" + i1+"/" + i2,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err16 = {instancePath:instancePath+"/previous_year/" + i0+"/" + i1+"/" + i2,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i3 = data2.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data2[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err17 = {instancePath:instancePath+"/previous_year/" + i0+"/" + i1,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err18 = {instancePath:instancePath+"/previous_year/" + i0+"/" + i1,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err19 = {instancePath:instancePath+"/previous_year/" + i0,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath:instancePath+"/previous_year",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.current_period !== undefined){
let data4 = data.current_period;
if(Array.isArray(data4)){
if(data4.length < 1){
const err21 = {instancePath:instancePath+"/current_period",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len3 = data4.length;
for(let i4=0; i4<len3; i4++){
let data5 = data4[i4];
if(Array.isArray(data5)){
if(data5.length < 1){
const err22 = {instancePath:instancePath+"/current_period/" + i4,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len4 = data5.length;
for(let i5=0; i5<len4; i5++){
let data6 = data5[i5];
if(Array.isArray(data6)){
if(data6.length < 1){
const err23 = {instancePath:instancePath+"/current_period/" + i4+"/" + i5,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len5 = data6.length;
for(let i6=0; i6<len5; i6++){
let data7 = data6[i6];
if(typeof data7 === "string"){
if(!pattern33.test(data7)){
const err24 = {instancePath:instancePath+"/current_period/" + i4+"/" + i5+"/" + i6,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err25 = {instancePath:instancePath+"/current_period/" + i4+"/" + i5+"/" + i6,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i7 = data6.length;
let j1;
if(i7 > 1){
const indices1 = {};
for(;i7--;){
let item1 = data6[i7];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err26 = {instancePath:instancePath+"/current_period/" + i4+"/" + i5,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices1[item1] = i7;
}
}
}
else {
const err27 = {instancePath:instancePath+"/current_period/" + i4+"/" + i5,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err28 = {instancePath:instancePath+"/current_period/" + i4,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err29 = {instancePath:instancePath+"/current_period",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.same_period !== undefined){
let data8 = data.same_period;
if(Array.isArray(data8)){
if(data8.length < 1){
const err30 = {instancePath:instancePath+"/same_period",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len6 = data8.length;
for(let i8=0; i8<len6; i8++){
let data9 = data8[i8];
if(Array.isArray(data9)){
if(data9.length < 1){
const err31 = {instancePath:instancePath+"/same_period/" + i8,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len7 = data9.length;
for(let i9=0; i9<len7; i9++){
let data10 = data9[i9];
if(Array.isArray(data10)){
if(data10.length < 1){
const err32 = {instancePath:instancePath+"/same_period/" + i8+"/" + i9,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len8 = data10.length;
for(let i10=0; i10<len8; i10++){
let data11 = data10[i10];
if(typeof data11 === "string"){
if(!pattern33.test(data11)){
const err33 = {instancePath:instancePath+"/same_period/" + i8+"/" + i9+"/" + i10,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/same_period/" + i8+"/" + i9+"/" + i10,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i11 = data10.length;
let j2;
if(i11 > 1){
const indices2 = {};
for(;i11--;){
let item2 = data10[i11];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err35 = {instancePath:instancePath+"/same_period/" + i8+"/" + i9,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i11+" are identical)"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
indices2[item2] = i11;
}
}
}
else {
const err36 = {instancePath:instancePath+"/same_period/" + i8+"/" + i9,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err37 = {instancePath:instancePath+"/same_period/" + i8,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/same_period",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.parts !== undefined){
let data12 = data.parts;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
const _errs31 = errors;
if(typeof key1 === "string"){
if(!pattern43.test(key1)){
const err39 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(H[12]|Q[1-4])$"},message:"must match pattern \""+"^(H[12]|Q[1-4])$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var valid25 = _errs31 === errors;
if(!valid25){
const err40 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
for(const key2 in data12){
if(!(pattern43.test(key2))){
const err41 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key3 in data12){
if(pattern43.test(key3)){
let data13 = data12[key3];
if(Array.isArray(data13)){
if(data13.length < 1){
const err42 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len9 = data13.length;
for(let i12=0; i12<len9; i12++){
let data14 = data13[i12];
if(Array.isArray(data14)){
if(data14.length < 1){
const err43 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len10 = data14.length;
for(let i13=0; i13<len10; i13++){
let data15 = data14[i13];
if(Array.isArray(data15)){
if(data15.length < 1){
const err44 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12+"/" + i13,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len11 = data15.length;
for(let i14=0; i14<len11; i14++){
let data16 = data15[i14];
if(typeof data16 === "string"){
if(!pattern33.test(data16)){
const err45 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12+"/" + i13+"/" + i14,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12+"/" + i13+"/" + i14,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
let i15 = data15.length;
let j3;
if(i15 > 1){
const indices3 = {};
for(;i15--;){
let item3 = data15[i15];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err47 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12+"/" + i13,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
break;
}
indices3[item3] = i15;
}
}
}
else {
const err48 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12+"/" + i13,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/parts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err51 = {instancePath:instancePath+"/parts",schemaPath:"#/properties/parts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.spans !== undefined){
let data17 = data.spans;
if(Array.isArray(data17)){
if(data17.length < 1){
const err52 = {instancePath:instancePath+"/spans",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len12 = data17.length;
for(let i16=0; i16<len12; i16++){
let data18 = data17[i16];
if(Array.isArray(data18)){
if(data18.length < 1){
const err53 = {instancePath:instancePath+"/spans/" + i16,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len13 = data18.length;
for(let i17=0; i17<len13; i17++){
let data19 = data18[i17];
if(Array.isArray(data19)){
if(data19.length < 1){
const err54 = {instancePath:instancePath+"/spans/" + i16+"/" + i17,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len14 = data19.length;
for(let i18=0; i18<len14; i18++){
let data20 = data19[i18];
if(typeof data20 === "string"){
if(!pattern33.test(data20)){
const err55 = {instancePath:instancePath+"/spans/" + i16+"/" + i17+"/" + i18,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/spans/" + i16+"/" + i17+"/" + i18,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
let i19 = data19.length;
let j4;
if(i19 > 1){
const indices4 = {};
for(;i19--;){
let item4 = data19[i19];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err57 = {instancePath:instancePath+"/spans/" + i16+"/" + i17,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i19+" are identical)"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
break;
}
indices4[item4] = i19;
}
}
}
else {
const err58 = {instancePath:instancePath+"/spans/" + i16+"/" + i17,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err59 = {instancePath:instancePath+"/spans/" + i16,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/spans",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.comparisons !== undefined){
let data21 = data.comparisons;
if(Array.isArray(data21)){
if(data21.length < 1){
const err61 = {instancePath:instancePath+"/comparisons",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
const len15 = data21.length;
for(let i20=0; i20<len15; i20++){
let data22 = data21[i20];
if(Array.isArray(data22)){
if(data22.length < 1){
const err62 = {instancePath:instancePath+"/comparisons/" + i20,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len16 = data22.length;
for(let i21=0; i21<len16; i21++){
let data23 = data22[i21];
if(Array.isArray(data23)){
if(data23.length < 1){
const err63 = {instancePath:instancePath+"/comparisons/" + i20+"/" + i21,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const len17 = data23.length;
for(let i22=0; i22<len17; i22++){
let data24 = data23[i22];
if(typeof data24 === "string"){
if(!pattern33.test(data24)){
const err64 = {instancePath:instancePath+"/comparisons/" + i20+"/" + i21+"/" + i22,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/comparisons/" + i20+"/" + i21+"/" + i22,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
let i23 = data23.length;
let j5;
if(i23 > 1){
const indices5 = {};
for(;i23--;){
let item5 = data23[i23];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err66 = {instancePath:instancePath+"/comparisons/" + i20+"/" + i21,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i23+" are identical)"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
break;
}
indices5[item5] = i23;
}
}
}
else {
const err67 = {instancePath:instancePath+"/comparisons/" + i20+"/" + i21,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/comparisons/" + i20,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/comparisons",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.implicit_base !== undefined){
let data25 = data.implicit_base;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.previous_year === undefined){
const err70 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/required",keyword:"required",params:{missingProperty: "previous_year"},message:"must have required property '"+"previous_year"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data25.why === undefined){
const err71 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data25.not_with === undefined){
const err72 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/required",keyword:"required",params:{missingProperty: "not_with"},message:"must have required property '"+"not_with"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key4 in data25){
if(!(((key4 === "previous_year") || (key4 === "why")) || (key4 === "not_with"))){
const err73 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data25.previous_year !== undefined){
if(typeof data25.previous_year !== "boolean"){
const err74 = {instancePath:instancePath+"/implicit_base/previous_year",schemaPath:"#/properties/implicit_base/properties/previous_year/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data25.why !== undefined){
let data27 = data25.why;
if(typeof data27 === "string"){
if(func4(data27) < 10){
const err75 = {instancePath:instancePath+"/implicit_base/why",schemaPath:"#/properties/implicit_base/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/implicit_base/why",schemaPath:"#/properties/implicit_base/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data25.not_with !== undefined){
let data28 = data25.not_with;
if(Array.isArray(data28)){
if(data28.length < 1){
const err77 = {instancePath:instancePath+"/implicit_base/not_with",schemaPath:"#/definitions/words/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const len18 = data28.length;
for(let i24=0; i24<len18; i24++){
let data29 = data28[i24];
if(typeof data29 === "string"){
if(func4(data29) < 1){
const err78 = {instancePath:instancePath+"/implicit_base/not_with/" + i24,schemaPath:"#/definitions/words/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/implicit_base/not_with/" + i24,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
let i25 = data28.length;
let j6;
if(i25 > 1){
const indices6 = {};
for(;i25--;){
let item6 = data28[i25];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err80 = {instancePath:instancePath+"/implicit_base/not_with",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i25+" are identical)"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
break;
}
indices6[item6] = i25;
}
}
}
else {
const err81 = {instancePath:instancePath+"/implicit_base/not_with",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/implicit_base",schemaPath:"#/properties/implicit_base/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.shorter_spans !== undefined){
let data30 = data.shorter_spans;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.months === undefined){
const err83 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/required",keyword:"required",params:{missingProperty: "months"},message:"must have required property '"+"months"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data30.phrases === undefined){
const err84 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/required",keyword:"required",params:{missingProperty: "phrases"},message:"must have required property '"+"phrases"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data30.why === undefined){
const err85 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key5 in data30){
if(!(((key5 === "months") || (key5 === "phrases")) || (key5 === "why"))){
const err86 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data30.months !== undefined){
let data31 = data30.months;
if(Array.isArray(data31)){
if(data31.length < 1){
const err87 = {instancePath:instancePath+"/shorter_spans/months",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const len19 = data31.length;
for(let i26=0; i26<len19; i26++){
let data32 = data31[i26];
if(Array.isArray(data32)){
if(data32.length < 1){
const err88 = {instancePath:instancePath+"/shorter_spans/months/" + i26,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
const len20 = data32.length;
for(let i27=0; i27<len20; i27++){
let data33 = data32[i27];
if(Array.isArray(data33)){
if(data33.length < 1){
const err89 = {instancePath:instancePath+"/shorter_spans/months/" + i26+"/" + i27,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
const len21 = data33.length;
for(let i28=0; i28<len21; i28++){
let data34 = data33[i28];
if(typeof data34 === "string"){
if(!pattern33.test(data34)){
const err90 = {instancePath:instancePath+"/shorter_spans/months/" + i26+"/" + i27+"/" + i28,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/shorter_spans/months/" + i26+"/" + i27+"/" + i28,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
let i29 = data33.length;
let j7;
if(i29 > 1){
const indices7 = {};
for(;i29--;){
let item7 = data33[i29];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err92 = {instancePath:instancePath+"/shorter_spans/months/" + i26+"/" + i27,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i29+" are identical)"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
break;
}
indices7[item7] = i29;
}
}
}
else {
const err93 = {instancePath:instancePath+"/shorter_spans/months/" + i26+"/" + i27,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/shorter_spans/months/" + i26,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/shorter_spans/months",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data30.phrases !== undefined){
let data35 = data30.phrases;
if(Array.isArray(data35)){
if(data35.length < 1){
const err96 = {instancePath:instancePath+"/shorter_spans/phrases",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
const len22 = data35.length;
for(let i30=0; i30<len22; i30++){
let data36 = data35[i30];
if(Array.isArray(data36)){
if(data36.length < 1){
const err97 = {instancePath:instancePath+"/shorter_spans/phrases/" + i30,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
const len23 = data36.length;
for(let i31=0; i31<len23; i31++){
let data37 = data36[i31];
if(Array.isArray(data37)){
if(data37.length < 1){
const err98 = {instancePath:instancePath+"/shorter_spans/phrases/" + i30+"/" + i31,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
const len24 = data37.length;
for(let i32=0; i32<len24; i32++){
let data38 = data37[i32];
if(typeof data38 === "string"){
if(!pattern33.test(data38)){
const err99 = {instancePath:instancePath+"/shorter_spans/phrases/" + i30+"/" + i31+"/" + i32,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/shorter_spans/phrases/" + i30+"/" + i31+"/" + i32,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
let i33 = data37.length;
let j8;
if(i33 > 1){
const indices8 = {};
for(;i33--;){
let item8 = data37[i33];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err101 = {instancePath:instancePath+"/shorter_spans/phrases/" + i30+"/" + i31,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i33+" are identical)"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
break;
}
indices8[item8] = i33;
}
}
}
else {
const err102 = {instancePath:instancePath+"/shorter_spans/phrases/" + i30+"/" + i31,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/shorter_spans/phrases/" + i30,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/shorter_spans/phrases",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data30.why !== undefined){
let data39 = data30.why;
if(typeof data39 === "string"){
if(func4(data39) < 1){
const err105 = {instancePath:instancePath+"/shorter_spans/why",schemaPath:"#/properties/shorter_spans/properties/why/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/shorter_spans/why",schemaPath:"#/properties/shorter_spans/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/shorter_spans",schemaPath:"#/properties/shorter_spans/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.year_to_date !== undefined){
let data40 = data.year_to_date;
if(Array.isArray(data40)){
if(data40.length < 1){
const err108 = {instancePath:instancePath+"/year_to_date",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
const len25 = data40.length;
for(let i34=0; i34<len25; i34++){
let data41 = data40[i34];
if(Array.isArray(data41)){
if(data41.length < 1){
const err109 = {instancePath:instancePath+"/year_to_date/" + i34,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
const len26 = data41.length;
for(let i35=0; i35<len26; i35++){
let data42 = data41[i35];
if(Array.isArray(data42)){
if(data42.length < 1){
const err110 = {instancePath:instancePath+"/year_to_date/" + i34+"/" + i35,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
const len27 = data42.length;
for(let i36=0; i36<len27; i36++){
let data43 = data42[i36];
if(typeof data43 === "string"){
if(!pattern33.test(data43)){
const err111 = {instancePath:instancePath+"/year_to_date/" + i34+"/" + i35+"/" + i36,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/year_to_date/" + i34+"/" + i35+"/" + i36,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
let i37 = data42.length;
let j9;
if(i37 > 1){
const indices9 = {};
for(;i37--;){
let item9 = data42[i37];
if(typeof item9 !== "string"){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err113 = {instancePath:instancePath+"/year_to_date/" + i34+"/" + i35,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i37, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i37+" are identical)"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
break;
}
indices9[item9] = i37;
}
}
}
else {
const err114 = {instancePath:instancePath+"/year_to_date/" + i34+"/" + i35,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/year_to_date/" + i34,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/year_to_date",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.same_year !== undefined){
let data44 = data.same_year;
if(Array.isArray(data44)){
if(data44.length < 1){
const err117 = {instancePath:instancePath+"/same_year",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
const len28 = data44.length;
for(let i38=0; i38<len28; i38++){
let data45 = data44[i38];
if(Array.isArray(data45)){
if(data45.length < 1){
const err118 = {instancePath:instancePath+"/same_year/" + i38,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
const len29 = data45.length;
for(let i39=0; i39<len29; i39++){
let data46 = data45[i39];
if(Array.isArray(data46)){
if(data46.length < 1){
const err119 = {instancePath:instancePath+"/same_year/" + i38+"/" + i39,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
const len30 = data46.length;
for(let i40=0; i40<len30; i40++){
let data47 = data46[i40];
if(typeof data47 === "string"){
if(!pattern33.test(data47)){
const err120 = {instancePath:instancePath+"/same_year/" + i38+"/" + i39+"/" + i40,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/same_year/" + i38+"/" + i39+"/" + i40,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
let i41 = data46.length;
let j10;
if(i41 > 1){
const indices10 = {};
for(;i41--;){
let item10 = data46[i41];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err122 = {instancePath:instancePath+"/same_year/" + i38+"/" + i39,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i41, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i41+" are identical)"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
break;
}
indices10[item10] = i41;
}
}
}
else {
const err123 = {instancePath:instancePath+"/same_year/" + i38+"/" + i39,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/same_year/" + i38,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/same_year",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.following_year !== undefined){
let data48 = data.following_year;
if(Array.isArray(data48)){
if(data48.length < 1){
const err126 = {instancePath:instancePath+"/following_year",schemaPath:"#/definitions/phrases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
const len31 = data48.length;
for(let i42=0; i42<len31; i42++){
let data49 = data48[i42];
if(Array.isArray(data49)){
if(data49.length < 1){
const err127 = {instancePath:instancePath+"/following_year/" + i42,schemaPath:"#/definitions/phrases/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
const len32 = data49.length;
for(let i43=0; i43<len32; i43++){
let data50 = data49[i43];
if(Array.isArray(data50)){
if(data50.length < 1){
const err128 = {instancePath:instancePath+"/following_year/" + i42+"/" + i43,schemaPath:"#/definitions/phrases/items/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
const len33 = data50.length;
for(let i44=0; i44<len33; i44++){
let data51 = data50[i44];
if(typeof data51 === "string"){
if(!pattern33.test(data51)){
const err129 = {instancePath:instancePath+"/following_year/" + i42+"/" + i43+"/" + i44,schemaPath:"#/definitions/phrases/items/items/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/following_year/" + i42+"/" + i43+"/" + i44,schemaPath:"#/definitions/phrases/items/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
let i45 = data50.length;
let j11;
if(i45 > 1){
const indices11 = {};
for(;i45--;){
let item11 = data50[i45];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err131 = {instancePath:instancePath+"/following_year/" + i42+"/" + i43,schemaPath:"#/definitions/phrases/items/items/uniqueItems",keyword:"uniqueItems",params:{i: i45, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i45+" are identical)"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
break;
}
indices11[item11] = i45;
}
}
}
else {
const err132 = {instancePath:instancePath+"/following_year/" + i42+"/" + i43,schemaPath:"#/definitions/phrases/items/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/following_year/" + i42,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/following_year",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

export const catalogueRounding = validate66;
const schema80 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-rounding.schema.json","title":"RoundingRules","description":"What range of true values a figure as written allows (pipeline/catalogue/rounding.json). Two figures for the same indicator, period, category and base period agree when their ranges meet; a qualifier opens one side ('أكثر من 40' is above 40, unbounded above).","type":"object","additionalProperties":false,"required":["count","percent","approx"],"properties":{"count":{"$ref":"#/definitions/rule","description":"A count written without qualifier."},"percent":{"$ref":"#/definitions/rule","description":"A percentage written without qualifier."},"approx":{"$ref":"#/definitions/rule","description":"Any figure with an 'about' qualifier (حوالي، نحو، قرابة، ما يناهز)."}},"definitions":{"rule":{"type":"object","additionalProperties":false,"required":["tolerance","why"],"properties":{"tolerance":{"type":"string","enum":["none","half_unit_of_last_written_digit","half_unit_of_last_nonzero_digit"],"description":"none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950)."},"why":{"type":"string","minLength":10}}}}};
const schema81 = {"type":"object","additionalProperties":false,"required":["tolerance","why"],"properties":{"tolerance":{"type":"string","enum":["none","half_unit_of_last_written_digit","half_unit_of_last_nonzero_digit"],"description":"none: exactly the value; half_unit_of_last_written_digit: ± half a unit of the last digit written (24 → 23.5–24.5; 2,5 → 2.45–2.55); half_unit_of_last_nonzero_digit: ± half a unit of the last digit that is not zero (8000 → 7500–8500; 150 → 145–155; 4900 → 4850–4950)."},"why":{"type":"string","minLength":10}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catalogue-rounding.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.count === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.percent === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.approx === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approx"},message:"must have required property '"+"approx"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "count") || (key0 === "percent")) || (key0 === "approx"))){
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
if(data.count !== undefined){
let data0 = data.count;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.tolerance === undefined){
const err4 = {instancePath:instancePath+"/count",schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.why === undefined){
const err5 = {instancePath:instancePath+"/count",schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "tolerance") || (key1 === "why"))){
const err6 = {instancePath:instancePath+"/count",schemaPath:"#/definitions/rule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.tolerance !== undefined){
let data1 = data0.tolerance;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/count/tolerance",schemaPath:"#/definitions/rule/properties/tolerance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data1 === "none") || (data1 === "half_unit_of_last_written_digit")) || (data1 === "half_unit_of_last_nonzero_digit"))){
const err8 = {instancePath:instancePath+"/count/tolerance",schemaPath:"#/definitions/rule/properties/tolerance/enum",keyword:"enum",params:{allowedValues: schema81.properties.tolerance.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.why !== undefined){
let data2 = data0.why;
if(typeof data2 === "string"){
if(func4(data2) < 10){
const err9 = {instancePath:instancePath+"/count/why",schemaPath:"#/definitions/rule/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
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
const err10 = {instancePath:instancePath+"/count/why",schemaPath:"#/definitions/rule/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err11 = {instancePath:instancePath+"/count",schemaPath:"#/definitions/rule/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.percent !== undefined){
let data3 = data.percent;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.tolerance === undefined){
const err12 = {instancePath:instancePath+"/percent",schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.why === undefined){
const err13 = {instancePath:instancePath+"/percent",schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "tolerance") || (key2 === "why"))){
const err14 = {instancePath:instancePath+"/percent",schemaPath:"#/definitions/rule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.tolerance !== undefined){
let data4 = data3.tolerance;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/percent/tolerance",schemaPath:"#/definitions/rule/properties/tolerance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((data4 === "none") || (data4 === "half_unit_of_last_written_digit")) || (data4 === "half_unit_of_last_nonzero_digit"))){
const err16 = {instancePath:instancePath+"/percent/tolerance",schemaPath:"#/definitions/rule/properties/tolerance/enum",keyword:"enum",params:{allowedValues: schema81.properties.tolerance.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.why !== undefined){
let data5 = data3.why;
if(typeof data5 === "string"){
if(func4(data5) < 10){
const err17 = {instancePath:instancePath+"/percent/why",schemaPath:"#/definitions/rule/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
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
const err18 = {instancePath:instancePath+"/percent/why",schemaPath:"#/definitions/rule/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err19 = {instancePath:instancePath+"/percent",schemaPath:"#/definitions/rule/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.approx !== undefined){
let data6 = data.approx;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.tolerance === undefined){
const err20 = {instancePath:instancePath+"/approx",schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.why === undefined){
const err21 = {instancePath:instancePath+"/approx",schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "tolerance") || (key3 === "why"))){
const err22 = {instancePath:instancePath+"/approx",schemaPath:"#/definitions/rule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.tolerance !== undefined){
let data7 = data6.tolerance;
if(typeof data7 !== "string"){
const err23 = {instancePath:instancePath+"/approx/tolerance",schemaPath:"#/definitions/rule/properties/tolerance/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((data7 === "none") || (data7 === "half_unit_of_last_written_digit")) || (data7 === "half_unit_of_last_nonzero_digit"))){
const err24 = {instancePath:instancePath+"/approx/tolerance",schemaPath:"#/definitions/rule/properties/tolerance/enum",keyword:"enum",params:{allowedValues: schema81.properties.tolerance.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.why !== undefined){
let data8 = data6.why;
if(typeof data8 === "string"){
if(func4(data8) < 10){
const err25 = {instancePath:instancePath+"/approx/why",schemaPath:"#/definitions/rule/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/approx/why",schemaPath:"#/definitions/rule/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err27 = {instancePath:instancePath+"/approx",schemaPath:"#/definitions/rule/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}

export const catalogueUnits = validate67;
const schema84 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-units.schema.json","title":"UnitCatalogue","description":"How each unit of the indicators and derivations reads in Arabic, English and French (pipeline/catalogue/units.json): its name as a column value or heading, and the counted noun after a number in each plural form of the language.","type":"object","additionalProperties":false,"required":["units"],"properties":{"units":{"type":"object","description":"By unit, as indicators.json and derivations.json write it (\"files\", \"percent\", \"persons per warrant\").","minProperties":1,"additionalProperties":{"$ref":"#/definitions/unit"}}},"definitions":{"unit":{"type":"object","additionalProperties":false,"required":["kind","label"],"properties":{"kind":{"enum":["count","percent","ratio"],"description":"count: whole things (a derived count is shown as a whole number); percent: shown with a percent sign; ratio: one quantity per another (shown to 3 significant digits)."},"label":{"$ref":"#/definitions/trilingual","description":"The unit's name on its own: a column value (observations.unit_en …) or a table heading."},"counted":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"description":"The noun after a number, by CLDR plural category of each language (Intl.PluralRules): English and French one/other; Arabic one, two, few (3–10: plural), many (11–99: singular accusative), other (100 and more: singular).","properties":{"ar":{"$ref":"#/definitions/pluralForms"},"en":{"$ref":"#/definitions/pluralForms"},"fr":{"$ref":"#/definitions/pluralForms"}}}}},"trilingual":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"pluralForms":{"type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}}}};
const schema85 = {"type":"object","additionalProperties":false,"required":["kind","label"],"properties":{"kind":{"enum":["count","percent","ratio"],"description":"count: whole things (a derived count is shown as a whole number); percent: shown with a percent sign; ratio: one quantity per another (shown to 3 significant digits)."},"label":{"$ref":"#/definitions/trilingual","description":"The unit's name on its own: a column value (observations.unit_en …) or a table heading."},"counted":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"description":"The noun after a number, by CLDR plural category of each language (Intl.PluralRules): English and French one/other; Arabic one, two, few (3–10: plural), many (11–99: singular accusative), other (100 and more: singular).","properties":{"ar":{"$ref":"#/definitions/pluralForms"},"en":{"$ref":"#/definitions/pluralForms"},"fr":{"$ref":"#/definitions/pluralForms"}}}}};
const schema86 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};
const schema87 = {"type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema85.properties.kind.enum},message:"must be equal to one of the allowed values"};
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
let data1 = data.label;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.ar === undefined){
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.en === undefined){
const err5 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.fr === undefined){
const err6 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/trilingual/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "ar") || (key1 === "en")) || (key1 === "fr"))){
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/trilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.ar !== undefined){
let data2 = data1.ar;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/trilingual/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/trilingual/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.en !== undefined){
let data3 = data1.en;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err10 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/trilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/trilingual/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.fr !== undefined){
let data4 = data1.fr;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err12 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/trilingual/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err13 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/trilingual/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/trilingual/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.counted !== undefined){
let data5 = data.counted;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.ar === undefined){
const err15 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.en === undefined){
const err16 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.fr === undefined){
const err17 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data5){
if(!(((key2 === "ar") || (key2 === "en")) || (key2 === "fr"))){
const err18 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.ar !== undefined){
let data6 = data5.ar;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.other === undefined){
const err19 = {instancePath:instancePath+"/counted/ar",schemaPath:"#/definitions/pluralForms/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data6){
if(!((((((key3 === "zero") || (key3 === "one")) || (key3 === "two")) || (key3 === "few")) || (key3 === "many")) || (key3 === "other"))){
const err20 = {instancePath:instancePath+"/counted/ar",schemaPath:"#/definitions/pluralForms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.zero !== undefined){
let data7 = data6.zero;
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err21 = {instancePath:instancePath+"/counted/ar/zero",schemaPath:"#/definitions/pluralForms/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err22 = {instancePath:instancePath+"/counted/ar/zero",schemaPath:"#/definitions/pluralForms/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.one !== undefined){
let data8 = data6.one;
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err23 = {instancePath:instancePath+"/counted/ar/one",schemaPath:"#/definitions/pluralForms/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/counted/ar/one",schemaPath:"#/definitions/pluralForms/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.two !== undefined){
let data9 = data6.two;
if(typeof data9 === "string"){
if(func4(data9) < 1){
const err25 = {instancePath:instancePath+"/counted/ar/two",schemaPath:"#/definitions/pluralForms/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/counted/ar/two",schemaPath:"#/definitions/pluralForms/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.few !== undefined){
let data10 = data6.few;
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err27 = {instancePath:instancePath+"/counted/ar/few",schemaPath:"#/definitions/pluralForms/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err28 = {instancePath:instancePath+"/counted/ar/few",schemaPath:"#/definitions/pluralForms/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.many !== undefined){
let data11 = data6.many;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err29 = {instancePath:instancePath+"/counted/ar/many",schemaPath:"#/definitions/pluralForms/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/counted/ar/many",schemaPath:"#/definitions/pluralForms/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.other !== undefined){
let data12 = data6.other;
if(typeof data12 === "string"){
if(func4(data12) < 1){
const err31 = {instancePath:instancePath+"/counted/ar/other",schemaPath:"#/definitions/pluralForms/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err32 = {instancePath:instancePath+"/counted/ar/other",schemaPath:"#/definitions/pluralForms/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err33 = {instancePath:instancePath+"/counted/ar",schemaPath:"#/definitions/pluralForms/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.en !== undefined){
let data13 = data5.en;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.other === undefined){
const err34 = {instancePath:instancePath+"/counted/en",schemaPath:"#/definitions/pluralForms/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key4 in data13){
if(!((((((key4 === "zero") || (key4 === "one")) || (key4 === "two")) || (key4 === "few")) || (key4 === "many")) || (key4 === "other"))){
const err35 = {instancePath:instancePath+"/counted/en",schemaPath:"#/definitions/pluralForms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.zero !== undefined){
let data14 = data13.zero;
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err36 = {instancePath:instancePath+"/counted/en/zero",schemaPath:"#/definitions/pluralForms/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err37 = {instancePath:instancePath+"/counted/en/zero",schemaPath:"#/definitions/pluralForms/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.one !== undefined){
let data15 = data13.one;
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err38 = {instancePath:instancePath+"/counted/en/one",schemaPath:"#/definitions/pluralForms/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err39 = {instancePath:instancePath+"/counted/en/one",schemaPath:"#/definitions/pluralForms/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data13.two !== undefined){
let data16 = data13.two;
if(typeof data16 === "string"){
if(func4(data16) < 1){
const err40 = {instancePath:instancePath+"/counted/en/two",schemaPath:"#/definitions/pluralForms/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err41 = {instancePath:instancePath+"/counted/en/two",schemaPath:"#/definitions/pluralForms/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13.few !== undefined){
let data17 = data13.few;
if(typeof data17 === "string"){
if(func4(data17) < 1){
const err42 = {instancePath:instancePath+"/counted/en/few",schemaPath:"#/definitions/pluralForms/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err43 = {instancePath:instancePath+"/counted/en/few",schemaPath:"#/definitions/pluralForms/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.many !== undefined){
let data18 = data13.many;
if(typeof data18 === "string"){
if(func4(data18) < 1){
const err44 = {instancePath:instancePath+"/counted/en/many",schemaPath:"#/definitions/pluralForms/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/counted/en/many",schemaPath:"#/definitions/pluralForms/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.other !== undefined){
let data19 = data13.other;
if(typeof data19 === "string"){
if(func4(data19) < 1){
const err46 = {instancePath:instancePath+"/counted/en/other",schemaPath:"#/definitions/pluralForms/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err47 = {instancePath:instancePath+"/counted/en/other",schemaPath:"#/definitions/pluralForms/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err48 = {instancePath:instancePath+"/counted/en",schemaPath:"#/definitions/pluralForms/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data5.fr !== undefined){
let data20 = data5.fr;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.other === undefined){
const err49 = {instancePath:instancePath+"/counted/fr",schemaPath:"#/definitions/pluralForms/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key5 in data20){
if(!((((((key5 === "zero") || (key5 === "one")) || (key5 === "two")) || (key5 === "few")) || (key5 === "many")) || (key5 === "other"))){
const err50 = {instancePath:instancePath+"/counted/fr",schemaPath:"#/definitions/pluralForms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data20.zero !== undefined){
let data21 = data20.zero;
if(typeof data21 === "string"){
if(func4(data21) < 1){
const err51 = {instancePath:instancePath+"/counted/fr/zero",schemaPath:"#/definitions/pluralForms/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/counted/fr/zero",schemaPath:"#/definitions/pluralForms/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data20.one !== undefined){
let data22 = data20.one;
if(typeof data22 === "string"){
if(func4(data22) < 1){
const err53 = {instancePath:instancePath+"/counted/fr/one",schemaPath:"#/definitions/pluralForms/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/counted/fr/one",schemaPath:"#/definitions/pluralForms/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data20.two !== undefined){
let data23 = data20.two;
if(typeof data23 === "string"){
if(func4(data23) < 1){
const err55 = {instancePath:instancePath+"/counted/fr/two",schemaPath:"#/definitions/pluralForms/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/counted/fr/two",schemaPath:"#/definitions/pluralForms/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data20.few !== undefined){
let data24 = data20.few;
if(typeof data24 === "string"){
if(func4(data24) < 1){
const err57 = {instancePath:instancePath+"/counted/fr/few",schemaPath:"#/definitions/pluralForms/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err58 = {instancePath:instancePath+"/counted/fr/few",schemaPath:"#/definitions/pluralForms/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.many !== undefined){
let data25 = data20.many;
if(typeof data25 === "string"){
if(func4(data25) < 1){
const err59 = {instancePath:instancePath+"/counted/fr/many",schemaPath:"#/definitions/pluralForms/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/counted/fr/many",schemaPath:"#/definitions/pluralForms/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data20.other !== undefined){
let data26 = data20.other;
if(typeof data26 === "string"){
if(func4(data26) < 1){
const err61 = {instancePath:instancePath+"/counted/fr/other",schemaPath:"#/definitions/pluralForms/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/counted/fr/other",schemaPath:"#/definitions/pluralForms/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/counted/fr",schemaPath:"#/definitions/pluralForms/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err64 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
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
validate68.errors = vErrors;
return errors === 0;
}


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate68(data0[key1], {instancePath:instancePath+"/units/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
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
validate67.errors = vErrors;
return errors === 0;
}

export const coverage = validate70;
const schema90 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"coverage.schema.json","title":"CoverageReport","description":"The coverage stage's report (work/coverage.json): how every number found is accounted for.","type":"object","additionalProperties":false,"required":["sources","numbers","byStatus","unaccounted"],"properties":{"sources":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"byStatus":{"type":"object","additionalProperties":false,"required":["observation","restatement","held_back","unaccounted","year","date","time","identifier","ignored","cruft"],"properties":{"observation":{"type":"integer","minimum":0},"restatement":{"type":"integer","minimum":0},"held_back":{"type":"integer","minimum":0},"unaccounted":{"type":"integer","minimum":0},"year":{"type":"integer","minimum":0},"date":{"type":"integer","minimum":0},"time":{"type":"integer","minimum":0},"identifier":{"type":"integer","minimum":0},"ignored":{"type":"integer","minimum":0},"cruft":{"type":"integer","minimum":0}}},"unaccounted":{"type":"array","items":{"type":"string"},"description":"One line per unaccounted number: file:line:column and the reason."}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="coverage.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.numbers === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "numbers"},message:"must have required property '"+"numbers"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.byStatus === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "byStatus"},message:"must have required property '"+"byStatus"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.unaccounted === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unaccounted"},message:"must have required property '"+"unaccounted"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "sources") || (key0 === "numbers")) || (key0 === "byStatus")) || (key0 === "unaccounted"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sources !== undefined){
let data0 = data.sources;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.numbers !== undefined){
let data1 = data.numbers;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/numbers",schemaPath:"#/properties/numbers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.byStatus !== undefined){
let data2 = data.byStatus;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.observation === undefined){
const err9 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "observation"},message:"must have required property '"+"observation"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.restatement === undefined){
const err10 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "restatement"},message:"must have required property '"+"restatement"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.held_back === undefined){
const err11 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "held_back"},message:"must have required property '"+"held_back"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.unaccounted === undefined){
const err12 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "unaccounted"},message:"must have required property '"+"unaccounted"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.year === undefined){
const err13 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.date === undefined){
const err14 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.time === undefined){
const err15 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.identifier === undefined){
const err16 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.ignored === undefined){
const err17 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "ignored"},message:"must have required property '"+"ignored"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data2.cruft === undefined){
const err18 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/required",keyword:"required",params:{missingProperty: "cruft"},message:"must have required property '"+"cruft"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data2){
if(!(func2.call(schema90.properties.byStatus.properties, key1))){
const err19 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.observation !== undefined){
let data3 = data2.observation;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err20 = {instancePath:instancePath+"/byStatus/observation",schemaPath:"#/properties/byStatus/properties/observation/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err21 = {instancePath:instancePath+"/byStatus/observation",schemaPath:"#/properties/byStatus/properties/observation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.restatement !== undefined){
let data4 = data2.restatement;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err22 = {instancePath:instancePath+"/byStatus/restatement",schemaPath:"#/properties/byStatus/properties/restatement/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/byStatus/restatement",schemaPath:"#/properties/byStatus/properties/restatement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.held_back !== undefined){
let data5 = data2.held_back;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err24 = {instancePath:instancePath+"/byStatus/held_back",schemaPath:"#/properties/byStatus/properties/held_back/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/byStatus/held_back",schemaPath:"#/properties/byStatus/properties/held_back/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.unaccounted !== undefined){
let data6 = data2.unaccounted;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err26 = {instancePath:instancePath+"/byStatus/unaccounted",schemaPath:"#/properties/byStatus/properties/unaccounted/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err27 = {instancePath:instancePath+"/byStatus/unaccounted",schemaPath:"#/properties/byStatus/properties/unaccounted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.year !== undefined){
let data7 = data2.year;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err28 = {instancePath:instancePath+"/byStatus/year",schemaPath:"#/properties/byStatus/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/byStatus/year",schemaPath:"#/properties/byStatus/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.date !== undefined){
let data8 = data2.date;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err30 = {instancePath:instancePath+"/byStatus/date",schemaPath:"#/properties/byStatus/properties/date/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err31 = {instancePath:instancePath+"/byStatus/date",schemaPath:"#/properties/byStatus/properties/date/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.time !== undefined){
let data9 = data2.time;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err32 = {instancePath:instancePath+"/byStatus/time",schemaPath:"#/properties/byStatus/properties/time/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err33 = {instancePath:instancePath+"/byStatus/time",schemaPath:"#/properties/byStatus/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data2.identifier !== undefined){
let data10 = data2.identifier;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err34 = {instancePath:instancePath+"/byStatus/identifier",schemaPath:"#/properties/byStatus/properties/identifier/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err35 = {instancePath:instancePath+"/byStatus/identifier",schemaPath:"#/properties/byStatus/properties/identifier/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data2.ignored !== undefined){
let data11 = data2.ignored;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err36 = {instancePath:instancePath+"/byStatus/ignored",schemaPath:"#/properties/byStatus/properties/ignored/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err37 = {instancePath:instancePath+"/byStatus/ignored",schemaPath:"#/properties/byStatus/properties/ignored/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data2.cruft !== undefined){
let data12 = data2.cruft;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err38 = {instancePath:instancePath+"/byStatus/cruft",schemaPath:"#/properties/byStatus/properties/cruft/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err39 = {instancePath:instancePath+"/byStatus/cruft",schemaPath:"#/properties/byStatus/properties/cruft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err40 = {instancePath:instancePath+"/byStatus",schemaPath:"#/properties/byStatus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
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
const err41 = {instancePath:instancePath+"/unaccounted/" + i0,schemaPath:"#/properties/unaccounted/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/unaccounted",schemaPath:"#/properties/unaccounted/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
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
validate70.errors = vErrors;
return errors === 0;
}

export const cueAffixes = validate71;
const schema91 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"cue-affixes.schema.json","title":"CueAffixes","description":"The clitics and endings that may surround a catalogue cue word in a text (pipeline/extract/cue-affixes.json), so that a cue 'ملف' matches 'ملفا', 'الملفات' and 'وبالملفات'. Written folded.","type":"object","additionalProperties":false,"required":["prefixes","suffixes","feminine_suffixes","fillers"],"properties":{"prefixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Attached conjunctions, prepositions and the article, alone and combined (و، ب، ال، وبال …)."},"suffixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]*$"},"description":"Endings after a cue: case and number endings, the accusative alif, attached pronouns."},"feminine_suffixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Endings that replace a cue's final ه (ة): plural ات, dual تين/تان, construct تي/تا."},"fillers":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Words that may stand between a number and its counted noun ('5800 من الملفات')."}}};
const pattern55 = new RegExp("^[\\u0621-\\u064A]*$", "u");

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="cue-affixes.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prefixes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prefixes"},message:"must have required property '"+"prefixes"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.suffixes === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "suffixes"},message:"must have required property '"+"suffixes"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.feminine_suffixes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feminine_suffixes"},message:"must have required property '"+"feminine_suffixes"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.fillers === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fillers"},message:"must have required property '"+"fillers"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "prefixes") || (key0 === "suffixes")) || (key0 === "feminine_suffixes")) || (key0 === "fillers"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(!pattern33.test(data1)){
const err5 = {instancePath:instancePath+"/prefixes/" + i0,schemaPath:"#/properties/prefixes/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err6 = {instancePath:instancePath+"/prefixes/" + i0,schemaPath:"#/properties/prefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
const err7 = {instancePath:instancePath+"/prefixes",schemaPath:"#/properties/prefixes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/prefixes",schemaPath:"#/properties/prefixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(!pattern55.test(data3)){
const err9 = {instancePath:instancePath+"/suffixes/" + i2,schemaPath:"#/properties/suffixes/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]*$"+"\""};
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
const err10 = {instancePath:instancePath+"/suffixes/" + i2,schemaPath:"#/properties/suffixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/suffixes",schemaPath:"#/properties/suffixes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err12 = {instancePath:instancePath+"/suffixes",schemaPath:"#/properties/suffixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(!pattern33.test(data5)){
const err13 = {instancePath:instancePath+"/feminine_suffixes/" + i4,schemaPath:"#/properties/feminine_suffixes/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err14 = {instancePath:instancePath+"/feminine_suffixes/" + i4,schemaPath:"#/properties/feminine_suffixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/feminine_suffixes",schemaPath:"#/properties/feminine_suffixes/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err16 = {instancePath:instancePath+"/feminine_suffixes",schemaPath:"#/properties/feminine_suffixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(!pattern33.test(data7)){
const err17 = {instancePath:instancePath+"/fillers/" + i6,schemaPath:"#/properties/fillers/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err18 = {instancePath:instancePath+"/fillers/" + i6,schemaPath:"#/properties/fillers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/fillers",schemaPath:"#/properties/fillers/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err20 = {instancePath:instancePath+"/fillers",schemaPath:"#/properties/fillers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate71.errors = vErrors;
return errors === 0;
}

export const derived = validate72;
const schema92 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"derived.schema.json","title":"DerivedDataset","description":"The derive stage's artifact (work/derived.json): the validated dataset and the figures derived from it.","type":"object","additionalProperties":false,"required":["validated","derived"],"properties":{"validated":{"$ref":"validated.schema.json"},"derived":{"type":"array","items":{"$ref":"#/definitions/derivedFigure"}}},"definitions":{"derivedFigure":{"title":"DerivedFigure","type":"object","additionalProperties":false,"required":["derived_id","period","value","qualifier","lower","upper","unit","method","inputs","reason"],"properties":{"derived_id":{"type":"string","description":"The derivation's id in the catalogue."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes."},"value":{"type":["number","null"],"description":"The point value; null when it cannot be computed (see reason). For a one-sided result, the bound, with the qualifier saying which side."},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"lower":{"type":["number","null"],"description":"Lowest value the inputs allow (rounding and qualifiers); null when unbounded or unknown."},"upper":{"type":["number","null"],"description":"Highest value the inputs allow; null when unbounded or unknown."},"unit":{"type":"string"},"method":{"type":"string","description":"The formula, in terms of indicator ids."},"inputs":{"type":"array","items":{"type":"string"},"description":"observation_id of every input."},"reason":{"type":["string","null"],"description":"Why the value is empty (a missing input, a division by zero)."}}}}};
const schema97 = {"title":"DerivedFigure","type":"object","additionalProperties":false,"required":["derived_id","period","value","qualifier","lower","upper","unit","method","inputs","reason"],"properties":{"derived_id":{"type":"string","description":"The derivation's id in the catalogue."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes."},"value":{"type":["number","null"],"description":"The point value; null when it cannot be computed (see reason). For a one-sided result, the bound, with the qualifier saying which side."},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"lower":{"type":["number","null"],"description":"Lowest value the inputs allow (rounding and qualifiers); null when unbounded or unknown."},"upper":{"type":["number","null"],"description":"Highest value the inputs allow; null when unbounded or unknown."},"unit":{"type":"string"},"method":{"type":"string","description":"The formula, in terms of indicator ids."},"inputs":{"type":"array","items":{"type":"string"},"description":"observation_id of every input."},"reason":{"type":["string","null"],"description":"Why the value is empty (a missing input, a division by zero)."}}};
const schema93 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"validated.schema.json","title":"ValidatedDataset","description":"The validate stage's artifact (work/validated.json): every source's metadata, all observations and mentions, checked within and across sources. Quotes have been checked against the raw text, which later stages no longer need.","type":"object","additionalProperties":false,"required":["sources","observations","mentions","warnings"],"properties":{"sources":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["file","metadata","sha256","bytes"],"properties":{"file":{"type":"string"},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer","minimum":1}}}},"observations":{"type":"array","items":{"$ref":"observation.schema.json"}},"mentions":{"type":"array","items":{"$ref":"mention.schema.json"}},"warnings":{"type":"array","items":{"type":"string"},"description":"Problems that do not stop publication (unaccounted numbers without --strict)."}}};
const schema94 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"source.schema.json","title":"SourceMetadata","description":"What is known of one source: raw/<id>.source.json beside raw/<id>.txt. Every field is required; a value that is not known is null, never guessed.","type":"object","additionalProperties":false,"required":["id","title","language","publisher","author","institution","url","published","retrieved","reference_period","licence","notes"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$","description":"The file name stem shared by raw/<id>.txt and raw/<id>.source.json: letters, digits, '.', '_' and '-', starting with a letter or digit."},"title":{"type":["string","null"],"minLength":1,"description":"The title of the text as published."},"language":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","description":"BCP 47 language tag of the text, e.g. 'ar'."},"publisher":{"type":["string","null"],"minLength":1,"description":"The outlet that published the text."},"author":{"type":["string","null"],"minLength":1,"description":"The author of the text."},"institution":{"type":["string","null"],"minLength":1,"description":"The institution whose figures the text reports."},"url":{"type":["string","null"],"format":"iri","pattern":"^[Hh][Tt][Tt][Pp][Ss]?://","description":"Where the text can be read: an http or https address (an IRI: Arabic letters are allowed). Other schemes (javascript:, data:, file:) are refused: the page and the data card link to it."},"published":{"type":["string","null"],"format":"date","description":"Date the text was published (YYYY-MM-DD)."},"retrieved":{"type":["string","null"],"format":"date","description":"Date the text was retrieved (YYYY-MM-DD)."},"reference_period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figures describe: a calendar year (YYYY), a half-year (YYYY-H1, YYYY-H2) or a quarter (YYYY-Q1 … YYYY-Q4)."},"licence":{"type":["string","null"],"minLength":1,"description":"Licence of the text (an SPDX identifier or a short statement)."},"notes":{"type":["string","null"],"minLength":1,"description":"Provenance and anything a reader should know about the source."}}};
const schema95 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"observation.schema.json","title":"Observation","description":"One figure a source states for an indicator and period, with the exact quote it comes from.","type":"object","additionalProperties":false,"required":["observation_id","source_id","indicator_id","breakdown","category","period","base_period","value","qualifier","unit","quote","start","end","line","column","sentence","correction"],"properties":{"observation_id":{"type":"string","description":"<source_id>/<indicator_id>/<period>, with /<category> for a figure of a breakdown and /vs<base_period> for a change."},"source_id":{"type":"string"},"indicator_id":{"type":"string"},"breakdown":{"type":["string","null"],"description":"For a figure of one category of a breakdown (case type, partner country), the breakdown's id in the catalogue; null otherwise."},"category":{"type":["string","null"],"description":"The category's code in the breakdown's code list; null when breakdown is null."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes (see pipeline/lib/period.ts)."},"base_period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"For a percentage change, the period it is compared with."},"value":{"type":"number"},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"decimals":{"type":"integer","minimum":0,"description":"Digits written after the decimal separator: the value is rounded to half a unit of the last one."},"unit":{"type":"string"},"quote":{"type":"string","minLength":1},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"sentence":{"type":"object","additionalProperties":false,"required":["text","start","end"],"description":"The sentence of the source that holds the quote, with its raw offsets: what gives the figure its meaning.","properties":{"text":{"type":"string","minLength":1},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1}}},"correction":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["reason","original"],"properties":{"reason":{"type":"string"},"original":{"type":"object","description":"The corrected fields as extracted from the text."}}}]}}};
const schema96 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"mention.schema.json","title":"AccountedMention","description":"A number found in a source and how it is accounted for.","type":"object","additionalProperties":false,"required":["source_id","text","value","kind","form","start","end","line","column","status","indicator_id","period","observation_id","evidence","reason"],"properties":{"source_id":{"type":"string"},"text":{"type":"string"},"value":{"type":"number"},"kind":{"type":"string","enum":["number","percent","year","date","time","identifier"]},"qualifier":{"type":"string","enum":["gt","gte","lt","lte","approx"]},"form":{"type":"string","enum":["digits","words","mixed","dual"]},"decimals":{"type":"integer","minimum":0},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"status":{"type":"string","enum":["observation","restatement","held_back","unaccounted","year","date","time","identifier","ignored","cruft"],"description":"observation: published as the observation named by observation_id; restatement: the same figure stated again (a rounded headline, another source), agreeing with the observation named by observation_id, which is more precise; held_back: a figure the run cannot vouch for (a conflict, an ambiguity, an unclear period), not published (a warning; an error with --strict); unaccounted: no catalogued indicator counts it (a warning; an error with --strict); year, date, time, identifier: not a figure (a calendar year, a date or time of day, an address or reference number); ignored: an ignore rule matched; cruft: on a page-cruft line."},"indicator_id":{"type":["string","null"]},"period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes, when its indicator is known."},"observation_id":{"type":["string","null"],"description":"For an observation, its id; for a restatement, the id of the observation it restates; null otherwise."},"evidence":{"type":["string","null"],"description":"The words that decided the indicator and period (the counted noun, context and qualifying words, a governing verb, a period phrase)."},"reason":{"type":["string","null"],"description":"For ignored, cruft and unaccounted mentions: why."}}};
const pattern58 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern59 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const pattern60 = new RegExp("^[Hh][Tt][Tt][Pp][Ss]?://", "u");
const pattern62 = new RegExp("^[0-9a-f]{64}$", "u");
const formats14 = formats.iri;
const formats16 = formats.date;

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="validated.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.observations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observations"},message:"must have required property '"+"observations"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.mentions === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mentions"},message:"must have required property '"+"mentions"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.warnings === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "sources") || (key0 === "observations")) || (key0 === "mentions")) || (key0 === "warnings"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data1.file === undefined){
const err5 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.metadata === undefined){
const err6 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.sha256 === undefined){
const err7 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.bytes === undefined){
const err8 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "bytes"},message:"must have required property '"+"bytes"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "file") || (key1 === "metadata")) || (key1 === "sha256")) || (key1 === "bytes"))){
const err9 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.file !== undefined){
if(typeof data1.file !== "string"){
const err10 = {instancePath:instancePath+"/sources/" + i0+"/file",schemaPath:"#/properties/sources/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.metadata !== undefined){
let data3 = data1.metadata;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err11 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.title === undefined){
const err12 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.language === undefined){
const err13 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.publisher === undefined){
const err14 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.author === undefined){
const err15 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.institution === undefined){
const err16 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.url === undefined){
const err17 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3.published === undefined){
const err18 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data3.retrieved === undefined){
const err19 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "retrieved"},message:"must have required property '"+"retrieved"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data3.reference_period === undefined){
const err20 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "reference_period"},message:"must have required property '"+"reference_period"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3.licence === undefined){
const err21 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "licence"},message:"must have required property '"+"licence"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data3.notes === undefined){
const err22 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data3){
if(!(func2.call(schema94.properties, key2))){
const err23 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(!pattern58.test(data4)){
const err24 = {instancePath:instancePath+"/sources/" + i0+"/metadata/id",schemaPath:"source.schema.json/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
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
const err25 = {instancePath:instancePath+"/sources/" + i0+"/metadata/id",schemaPath:"source.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data3.title !== undefined){
let data5 = data3.title;
if((typeof data5 !== "string") && (data5 !== null)){
const err26 = {instancePath:instancePath+"/sources/" + i0+"/metadata/title",schemaPath:"source.schema.json/properties/title/type",keyword:"type",params:{type: schema94.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err27 = {instancePath:instancePath+"/sources/" + i0+"/metadata/title",schemaPath:"source.schema.json/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data3.language !== undefined){
let data6 = data3.language;
if(typeof data6 === "string"){
if(!pattern59.test(data6)){
const err28 = {instancePath:instancePath+"/sources/" + i0+"/metadata/language",schemaPath:"source.schema.json/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
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
const err29 = {instancePath:instancePath+"/sources/" + i0+"/metadata/language",schemaPath:"source.schema.json/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data3.publisher !== undefined){
let data7 = data3.publisher;
if((typeof data7 !== "string") && (data7 !== null)){
const err30 = {instancePath:instancePath+"/sources/" + i0+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/type",keyword:"type",params:{type: schema94.properties.publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err31 = {instancePath:instancePath+"/sources/" + i0+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data3.author !== undefined){
let data8 = data3.author;
if((typeof data8 !== "string") && (data8 !== null)){
const err32 = {instancePath:instancePath+"/sources/" + i0+"/metadata/author",schemaPath:"source.schema.json/properties/author/type",keyword:"type",params:{type: schema94.properties.author.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err33 = {instancePath:instancePath+"/sources/" + i0+"/metadata/author",schemaPath:"source.schema.json/properties/author/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data3.institution !== undefined){
let data9 = data3.institution;
if((typeof data9 !== "string") && (data9 !== null)){
const err34 = {instancePath:instancePath+"/sources/" + i0+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/type",keyword:"type",params:{type: schema94.properties.institution.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data9 === "string"){
if(func4(data9) < 1){
const err35 = {instancePath:instancePath+"/sources/" + i0+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data3.url !== undefined){
let data10 = data3.url;
if((typeof data10 !== "string") && (data10 !== null)){
const err36 = {instancePath:instancePath+"/sources/" + i0+"/metadata/url",schemaPath:"source.schema.json/properties/url/type",keyword:"type",params:{type: schema94.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data10 === "string"){
if(!pattern60.test(data10)){
const err37 = {instancePath:instancePath+"/sources/" + i0+"/metadata/url",schemaPath:"source.schema.json/properties/url/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(formats14.validate(data10))){
const err38 = {instancePath:instancePath+"/sources/" + i0+"/metadata/url",schemaPath:"source.schema.json/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data3.published !== undefined){
let data11 = data3.published;
if((typeof data11 !== "string") && (data11 !== null)){
const err39 = {instancePath:instancePath+"/sources/" + i0+"/metadata/published",schemaPath:"source.schema.json/properties/published/type",keyword:"type",params:{type: schema94.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats16.validate(data11))){
const err40 = {instancePath:instancePath+"/sources/" + i0+"/metadata/published",schemaPath:"source.schema.json/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data3.retrieved !== undefined){
let data12 = data3.retrieved;
if((typeof data12 !== "string") && (data12 !== null)){
const err41 = {instancePath:instancePath+"/sources/" + i0+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/type",keyword:"type",params:{type: schema94.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data12 === "string"){
if(!(formats16.validate(data12))){
const err42 = {instancePath:instancePath+"/sources/" + i0+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data3.reference_period !== undefined){
let data13 = data3.reference_period;
if(typeof data13 === "string"){
if(!pattern16.test(data13)){
const err43 = {instancePath:instancePath+"/sources/" + i0+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/sources/" + i0+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data3.licence !== undefined){
let data14 = data3.licence;
if((typeof data14 !== "string") && (data14 !== null)){
const err45 = {instancePath:instancePath+"/sources/" + i0+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/type",keyword:"type",params:{type: schema94.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err46 = {instancePath:instancePath+"/sources/" + i0+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data3.notes !== undefined){
let data15 = data3.notes;
if((typeof data15 !== "string") && (data15 !== null)){
const err47 = {instancePath:instancePath+"/sources/" + i0+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/type",keyword:"type",params:{type: schema94.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err48 = {instancePath:instancePath+"/sources/" + i0+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data1.sha256 !== undefined){
let data16 = data1.sha256;
if(typeof data16 === "string"){
if(!pattern62.test(data16)){
const err50 = {instancePath:instancePath+"/sources/" + i0+"/sha256",schemaPath:"#/properties/sources/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/sources/" + i0+"/sha256",schemaPath:"#/properties/sources/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data1.bytes !== undefined){
let data17 = data1.bytes;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err52 = {instancePath:instancePath+"/sources/" + i0+"/bytes",schemaPath:"#/properties/sources/items/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
const err53 = {instancePath:instancePath+"/sources/" + i0+"/bytes",schemaPath:"#/properties/sources/items/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err54 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err55 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.observations !== undefined){
let data18 = data.observations;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
let data19 = data18[i1];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.observation_id === undefined){
const err56 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data19.source_id === undefined){
const err57 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data19.indicator_id === undefined){
const err58 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19.breakdown === undefined){
const err59 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data19.category === undefined){
const err60 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data19.period === undefined){
const err61 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data19.base_period === undefined){
const err62 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "base_period"},message:"must have required property '"+"base_period"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data19.value === undefined){
const err63 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data19.qualifier === undefined){
const err64 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "qualifier"},message:"must have required property '"+"qualifier"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data19.unit === undefined){
const err65 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data19.quote === undefined){
const err66 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "quote"},message:"must have required property '"+"quote"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data19.start === undefined){
const err67 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data19.end === undefined){
const err68 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data19.line === undefined){
const err69 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data19.column === undefined){
const err70 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data19.sentence === undefined){
const err71 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "sentence"},message:"must have required property '"+"sentence"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data19.correction === undefined){
const err72 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "correction"},message:"must have required property '"+"correction"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key3 in data19){
if(!(func2.call(schema95.properties, key3))){
const err73 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data19.observation_id !== undefined){
if(typeof data19.observation_id !== "string"){
const err74 = {instancePath:instancePath+"/observations/" + i1+"/observation_id",schemaPath:"observation.schema.json/properties/observation_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data19.source_id !== undefined){
if(typeof data19.source_id !== "string"){
const err75 = {instancePath:instancePath+"/observations/" + i1+"/source_id",schemaPath:"observation.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data19.indicator_id !== undefined){
if(typeof data19.indicator_id !== "string"){
const err76 = {instancePath:instancePath+"/observations/" + i1+"/indicator_id",schemaPath:"observation.schema.json/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data19.breakdown !== undefined){
let data23 = data19.breakdown;
if((typeof data23 !== "string") && (data23 !== null)){
const err77 = {instancePath:instancePath+"/observations/" + i1+"/breakdown",schemaPath:"observation.schema.json/properties/breakdown/type",keyword:"type",params:{type: schema95.properties.breakdown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data19.category !== undefined){
let data24 = data19.category;
if((typeof data24 !== "string") && (data24 !== null)){
const err78 = {instancePath:instancePath+"/observations/" + i1+"/category",schemaPath:"observation.schema.json/properties/category/type",keyword:"type",params:{type: schema95.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data19.period !== undefined){
let data25 = data19.period;
if(typeof data25 === "string"){
if(!pattern16.test(data25)){
const err79 = {instancePath:instancePath+"/observations/" + i1+"/period",schemaPath:"observation.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/observations/" + i1+"/period",schemaPath:"observation.schema.json/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data19.base_period !== undefined){
let data26 = data19.base_period;
if((typeof data26 !== "string") && (data26 !== null)){
const err81 = {instancePath:instancePath+"/observations/" + i1+"/base_period",schemaPath:"observation.schema.json/properties/base_period/type",keyword:"type",params:{type: schema95.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(typeof data26 === "string"){
if(!pattern16.test(data26)){
const err82 = {instancePath:instancePath+"/observations/" + i1+"/base_period",schemaPath:"observation.schema.json/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data19.value !== undefined){
let data27 = data19.value;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err83 = {instancePath:instancePath+"/observations/" + i1+"/value",schemaPath:"observation.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data19.qualifier !== undefined){
let data28 = data19.qualifier;
if((typeof data28 !== "string") && (data28 !== null)){
const err84 = {instancePath:instancePath+"/observations/" + i1+"/qualifier",schemaPath:"observation.schema.json/properties/qualifier/type",keyword:"type",params:{type: schema95.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!((((((data28 === "gt") || (data28 === "gte")) || (data28 === "lt")) || (data28 === "lte")) || (data28 === "approx")) || (data28 === null))){
const err85 = {instancePath:instancePath+"/observations/" + i1+"/qualifier",schemaPath:"observation.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema95.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data19.decimals !== undefined){
let data29 = data19.decimals;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err86 = {instancePath:instancePath+"/observations/" + i1+"/decimals",schemaPath:"observation.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err87 = {instancePath:instancePath+"/observations/" + i1+"/decimals",schemaPath:"observation.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data19.unit !== undefined){
if(typeof data19.unit !== "string"){
const err88 = {instancePath:instancePath+"/observations/" + i1+"/unit",schemaPath:"observation.schema.json/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data19.quote !== undefined){
let data31 = data19.quote;
if(typeof data31 === "string"){
if(func4(data31) < 1){
const err89 = {instancePath:instancePath+"/observations/" + i1+"/quote",schemaPath:"observation.schema.json/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/observations/" + i1+"/quote",schemaPath:"observation.schema.json/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data19.start !== undefined){
let data32 = data19.start;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err91 = {instancePath:instancePath+"/observations/" + i1+"/start",schemaPath:"observation.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err92 = {instancePath:instancePath+"/observations/" + i1+"/start",schemaPath:"observation.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data19.end !== undefined){
let data33 = data19.end;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err93 = {instancePath:instancePath+"/observations/" + i1+"/end",schemaPath:"observation.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 1 || isNaN(data33)){
const err94 = {instancePath:instancePath+"/observations/" + i1+"/end",schemaPath:"observation.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data19.line !== undefined){
let data34 = data19.line;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err95 = {instancePath:instancePath+"/observations/" + i1+"/line",schemaPath:"observation.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 1 || isNaN(data34)){
const err96 = {instancePath:instancePath+"/observations/" + i1+"/line",schemaPath:"observation.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
if(data19.column !== undefined){
let data35 = data19.column;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err97 = {instancePath:instancePath+"/observations/" + i1+"/column",schemaPath:"observation.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 1 || isNaN(data35)){
const err98 = {instancePath:instancePath+"/observations/" + i1+"/column",schemaPath:"observation.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
if(data19.sentence !== undefined){
let data36 = data19.sentence;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.text === undefined){
const err99 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data36.start === undefined){
const err100 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data36.end === undefined){
const err101 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key4 in data36){
if(!(((key4 === "text") || (key4 === "start")) || (key4 === "end"))){
const err102 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data36.text !== undefined){
let data37 = data36.text;
if(typeof data37 === "string"){
if(func4(data37) < 1){
const err103 = {instancePath:instancePath+"/observations/" + i1+"/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/observations/" + i1+"/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data36.start !== undefined){
let data38 = data36.start;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err105 = {instancePath:instancePath+"/observations/" + i1+"/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err106 = {instancePath:instancePath+"/observations/" + i1+"/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
if(data36.end !== undefined){
let data39 = data36.end;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err107 = {instancePath:instancePath+"/observations/" + i1+"/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 1 || isNaN(data39)){
const err108 = {instancePath:instancePath+"/observations/" + i1+"/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
}
else {
const err109 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data19.correction !== undefined){
let data40 = data19.correction;
const _errs89 = errors;
let valid11 = false;
let passing0 = null;
const _errs90 = errors;
if(data40 !== null){
const err110 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid0 = _errs90 === errors;
if(_valid0){
valid11 = true;
passing0 = 0;
}
const _errs92 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.reason === undefined){
const err111 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data40.original === undefined){
const err112 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key5 in data40){
if(!((key5 === "reason") || (key5 === "original"))){
const err113 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data40.reason !== undefined){
if(typeof data40.reason !== "string"){
const err114 = {instancePath:instancePath+"/observations/" + i1+"/correction/reason",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data40.original !== undefined){
let data42 = data40.original;
if(!(data42 && typeof data42 == "object" && !Array.isArray(data42))){
const err115 = {instancePath:instancePath+"/observations/" + i1+"/correction/original",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/original/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid0 = _errs92 === errors;
if(_valid0 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid11 = true;
passing0 = 1;
}
}
if(!valid11){
const err117 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
else {
errors = _errs89;
if(vErrors !== null){
if(_errs89){
vErrors.length = _errs89;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err118 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/observations",schemaPath:"#/properties/observations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.mentions !== undefined){
let data43 = data.mentions;
if(Array.isArray(data43)){
const len2 = data43.length;
for(let i2=0; i2<len2; i2++){
let data44 = data43[i2];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.source_id === undefined){
const err120 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data44.text === undefined){
const err121 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data44.value === undefined){
const err122 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data44.kind === undefined){
const err123 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data44.form === undefined){
const err124 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data44.start === undefined){
const err125 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data44.end === undefined){
const err126 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data44.line === undefined){
const err127 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data44.column === undefined){
const err128 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data44.status === undefined){
const err129 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data44.indicator_id === undefined){
const err130 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data44.period === undefined){
const err131 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data44.observation_id === undefined){
const err132 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data44.evidence === undefined){
const err133 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data44.reason === undefined){
const err134 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
for(const key6 in data44){
if(!(func2.call(schema96.properties, key6))){
const err135 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data44.source_id !== undefined){
if(typeof data44.source_id !== "string"){
const err136 = {instancePath:instancePath+"/mentions/" + i2+"/source_id",schemaPath:"mention.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data44.text !== undefined){
if(typeof data44.text !== "string"){
const err137 = {instancePath:instancePath+"/mentions/" + i2+"/text",schemaPath:"mention.schema.json/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data44.value !== undefined){
let data47 = data44.value;
if(!((typeof data47 == "number") && (isFinite(data47)))){
const err138 = {instancePath:instancePath+"/mentions/" + i2+"/value",schemaPath:"mention.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data44.kind !== undefined){
let data48 = data44.kind;
if(typeof data48 !== "string"){
const err139 = {instancePath:instancePath+"/mentions/" + i2+"/kind",schemaPath:"mention.schema.json/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(!((((((data48 === "number") || (data48 === "percent")) || (data48 === "year")) || (data48 === "date")) || (data48 === "time")) || (data48 === "identifier"))){
const err140 = {instancePath:instancePath+"/mentions/" + i2+"/kind",schemaPath:"mention.schema.json/properties/kind/enum",keyword:"enum",params:{allowedValues: schema96.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data44.qualifier !== undefined){
let data49 = data44.qualifier;
if(typeof data49 !== "string"){
const err141 = {instancePath:instancePath+"/mentions/" + i2+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!(((((data49 === "gt") || (data49 === "gte")) || (data49 === "lt")) || (data49 === "lte")) || (data49 === "approx"))){
const err142 = {instancePath:instancePath+"/mentions/" + i2+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema96.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data44.form !== undefined){
let data50 = data44.form;
if(typeof data50 !== "string"){
const err143 = {instancePath:instancePath+"/mentions/" + i2+"/form",schemaPath:"mention.schema.json/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!((((data50 === "digits") || (data50 === "words")) || (data50 === "mixed")) || (data50 === "dual"))){
const err144 = {instancePath:instancePath+"/mentions/" + i2+"/form",schemaPath:"mention.schema.json/properties/form/enum",keyword:"enum",params:{allowedValues: schema96.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data44.decimals !== undefined){
let data51 = data44.decimals;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err145 = {instancePath:instancePath+"/mentions/" + i2+"/decimals",schemaPath:"mention.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err146 = {instancePath:instancePath+"/mentions/" + i2+"/decimals",schemaPath:"mention.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
if(data44.start !== undefined){
let data52 = data44.start;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err147 = {instancePath:instancePath+"/mentions/" + i2+"/start",schemaPath:"mention.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err148 = {instancePath:instancePath+"/mentions/" + i2+"/start",schemaPath:"mention.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
if(data44.end !== undefined){
let data53 = data44.end;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err149 = {instancePath:instancePath+"/mentions/" + i2+"/end",schemaPath:"mention.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err150 = {instancePath:instancePath+"/mentions/" + i2+"/end",schemaPath:"mention.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
if(data44.line !== undefined){
let data54 = data44.line;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err151 = {instancePath:instancePath+"/mentions/" + i2+"/line",schemaPath:"mention.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 1 || isNaN(data54)){
const err152 = {instancePath:instancePath+"/mentions/" + i2+"/line",schemaPath:"mention.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
if(data44.column !== undefined){
let data55 = data44.column;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err153 = {instancePath:instancePath+"/mentions/" + i2+"/column",schemaPath:"mention.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 1 || isNaN(data55)){
const err154 = {instancePath:instancePath+"/mentions/" + i2+"/column",schemaPath:"mention.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
if(data44.status !== undefined){
let data56 = data44.status;
if(typeof data56 !== "string"){
const err155 = {instancePath:instancePath+"/mentions/" + i2+"/status",schemaPath:"mention.schema.json/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(!((((((((((data56 === "observation") || (data56 === "restatement")) || (data56 === "held_back")) || (data56 === "unaccounted")) || (data56 === "year")) || (data56 === "date")) || (data56 === "time")) || (data56 === "identifier")) || (data56 === "ignored")) || (data56 === "cruft"))){
const err156 = {instancePath:instancePath+"/mentions/" + i2+"/status",schemaPath:"mention.schema.json/properties/status/enum",keyword:"enum",params:{allowedValues: schema96.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data44.indicator_id !== undefined){
let data57 = data44.indicator_id;
if((typeof data57 !== "string") && (data57 !== null)){
const err157 = {instancePath:instancePath+"/mentions/" + i2+"/indicator_id",schemaPath:"mention.schema.json/properties/indicator_id/type",keyword:"type",params:{type: schema96.properties.indicator_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data44.period !== undefined){
let data58 = data44.period;
if((typeof data58 !== "string") && (data58 !== null)){
const err158 = {instancePath:instancePath+"/mentions/" + i2+"/period",schemaPath:"mention.schema.json/properties/period/type",keyword:"type",params:{type: schema96.properties.period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(typeof data58 === "string"){
if(!pattern16.test(data58)){
const err159 = {instancePath:instancePath+"/mentions/" + i2+"/period",schemaPath:"mention.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
if(data44.observation_id !== undefined){
let data59 = data44.observation_id;
if((typeof data59 !== "string") && (data59 !== null)){
const err160 = {instancePath:instancePath+"/mentions/" + i2+"/observation_id",schemaPath:"mention.schema.json/properties/observation_id/type",keyword:"type",params:{type: schema96.properties.observation_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data44.evidence !== undefined){
let data60 = data44.evidence;
if((typeof data60 !== "string") && (data60 !== null)){
const err161 = {instancePath:instancePath+"/mentions/" + i2+"/evidence",schemaPath:"mention.schema.json/properties/evidence/type",keyword:"type",params:{type: schema96.properties.evidence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data44.reason !== undefined){
let data61 = data44.reason;
if((typeof data61 !== "string") && (data61 !== null)){
const err162 = {instancePath:instancePath+"/mentions/" + i2+"/reason",schemaPath:"mention.schema.json/properties/reason/type",keyword:"type",params:{type: schema96.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data.warnings !== undefined){
let data62 = data.warnings;
if(Array.isArray(data62)){
const len3 = data62.length;
for(let i3=0; i3<len3; i3++){
if(typeof data62[i3] !== "string"){
const err165 = {instancePath:instancePath+"/warnings/" + i3,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate73(data.validated, {instancePath:instancePath+"/validated",parentData:data,parentDataProperty:"validated",rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.derived !== undefined){
let data1 = data.derived;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.derived_id === undefined){
const err3 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "derived_id"},message:"must have required property '"+"derived_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.period === undefined){
const err4 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.value === undefined){
const err5 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.qualifier === undefined){
const err6 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "qualifier"},message:"must have required property '"+"qualifier"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.lower === undefined){
const err7 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "lower"},message:"must have required property '"+"lower"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.upper === undefined){
const err8 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "upper"},message:"must have required property '"+"upper"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.unit === undefined){
const err9 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.method === undefined){
const err10 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.inputs === undefined){
const err11 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.reason === undefined){
const err12 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data2){
if(!(func2.call(schema97.properties, key1))){
const err13 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.derived_id !== undefined){
if(typeof data2.derived_id !== "string"){
const err14 = {instancePath:instancePath+"/derived/" + i0+"/derived_id",schemaPath:"#/definitions/derivedFigure/properties/derived_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.period !== undefined){
let data4 = data2.period;
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
const err15 = {instancePath:instancePath+"/derived/" + i0+"/period",schemaPath:"#/definitions/derivedFigure/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err16 = {instancePath:instancePath+"/derived/" + i0+"/period",schemaPath:"#/definitions/derivedFigure/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.value !== undefined){
let data5 = data2.value;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (data5 !== null)){
const err17 = {instancePath:instancePath+"/derived/" + i0+"/value",schemaPath:"#/definitions/derivedFigure/properties/value/type",keyword:"type",params:{type: schema97.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.qualifier !== undefined){
let data6 = data2.qualifier;
if((typeof data6 !== "string") && (data6 !== null)){
const err18 = {instancePath:instancePath+"/derived/" + i0+"/qualifier",schemaPath:"#/definitions/derivedFigure/properties/qualifier/type",keyword:"type",params:{type: schema97.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((data6 === "gt") || (data6 === "gte")) || (data6 === "lt")) || (data6 === "lte")) || (data6 === "approx")) || (data6 === null))){
const err19 = {instancePath:instancePath+"/derived/" + i0+"/qualifier",schemaPath:"#/definitions/derivedFigure/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema97.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.lower !== undefined){
let data7 = data2.lower;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err20 = {instancePath:instancePath+"/derived/" + i0+"/lower",schemaPath:"#/definitions/derivedFigure/properties/lower/type",keyword:"type",params:{type: schema97.properties.lower.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.upper !== undefined){
let data8 = data2.upper;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err21 = {instancePath:instancePath+"/derived/" + i0+"/upper",schemaPath:"#/definitions/derivedFigure/properties/upper/type",keyword:"type",params:{type: schema97.properties.upper.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.unit !== undefined){
if(typeof data2.unit !== "string"){
const err22 = {instancePath:instancePath+"/derived/" + i0+"/unit",schemaPath:"#/definitions/derivedFigure/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.method !== undefined){
if(typeof data2.method !== "string"){
const err23 = {instancePath:instancePath+"/derived/" + i0+"/method",schemaPath:"#/definitions/derivedFigure/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.inputs !== undefined){
let data11 = data2.inputs;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(typeof data11[i1] !== "string"){
const err24 = {instancePath:instancePath+"/derived/" + i0+"/inputs/" + i1,schemaPath:"#/definitions/derivedFigure/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err25 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/definitions/derivedFigure/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.reason !== undefined){
let data13 = data2.reason;
if((typeof data13 !== "string") && (data13 !== null)){
const err26 = {instancePath:instancePath+"/derived/" + i0+"/reason",schemaPath:"#/definitions/derivedFigure/properties/reason/type",keyword:"type",params:{type: schema97.properties.reason.type},message:"must be string,null"};
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
const err27 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/definitions/derivedFigure/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err28 = {instancePath:instancePath+"/derived",schemaPath:"#/properties/derived/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate72.errors = vErrors;
return errors === 0;
}

export const extracted = validate75;
const schema98 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"extracted.schema.json","title":"ExtractedSource","description":"The extract stage's artifact for one source (work/extracted/<id>.json): every number found, how each is read, and the figures read.","type":"object","additionalProperties":false,"required":["id","file","metadata","sha256","bytes","text","mentions","figures"],"properties":{"id":{"type":"string"},"file":{"type":"string"},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer","minimum":1},"text":{"type":"string","description":"The raw text, kept so that later stages can check every quote against it."},"mentions":{"type":"array","items":{"$ref":"mention.schema.json"},"description":"Every number found, in text order. A number read as a figure has the status observation here; validate decides, across sources, which figures are published and which restate them or are held back."},"figures":{"type":"array","description":"Every number read as a figure, in text order: candidates for publication, several of which may give the same indicator and period (a rounded headline and the exact figure).","items":{"type":"object","additionalProperties":false,"required":["mention_start","observation"],"properties":{"mention_start":{"type":"integer","minimum":0,"description":"The start of the number's mention."},"observation":{"$ref":"observation.schema.json"}}}}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="extracted.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sha256 === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bytes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bytes"},message:"must have required property '"+"bytes"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.text === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.mentions === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mentions"},message:"must have required property '"+"mentions"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.figures === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "figures"},message:"must have required property '"+"figures"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "file")) || (key0 === "metadata")) || (key0 === "sha256")) || (key0 === "bytes")) || (key0 === "text")) || (key0 === "mentions")) || (key0 === "figures"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.file !== undefined){
if(typeof data.file !== "string"){
const err10 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err11 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.title === undefined){
const err12 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.language === undefined){
const err13 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.publisher === undefined){
const err14 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.author === undefined){
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.institution === undefined){
const err16 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.url === undefined){
const err17 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data2.published === undefined){
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data2.retrieved === undefined){
const err19 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "retrieved"},message:"must have required property '"+"retrieved"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data2.reference_period === undefined){
const err20 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "reference_period"},message:"must have required property '"+"reference_period"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data2.licence === undefined){
const err21 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "licence"},message:"must have required property '"+"licence"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data2.notes === undefined){
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data2){
if(!(func2.call(schema94.properties, key1))){
const err23 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern58.test(data3)){
const err24 = {instancePath:instancePath+"/metadata/id",schemaPath:"source.schema.json/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
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
const err25 = {instancePath:instancePath+"/metadata/id",schemaPath:"source.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.title !== undefined){
let data4 = data2.title;
if((typeof data4 !== "string") && (data4 !== null)){
const err26 = {instancePath:instancePath+"/metadata/title",schemaPath:"source.schema.json/properties/title/type",keyword:"type",params:{type: schema94.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err27 = {instancePath:instancePath+"/metadata/title",schemaPath:"source.schema.json/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data2.language !== undefined){
let data5 = data2.language;
if(typeof data5 === "string"){
if(!pattern59.test(data5)){
const err28 = {instancePath:instancePath+"/metadata/language",schemaPath:"source.schema.json/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
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
const err29 = {instancePath:instancePath+"/metadata/language",schemaPath:"source.schema.json/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data2.publisher !== undefined){
let data6 = data2.publisher;
if((typeof data6 !== "string") && (data6 !== null)){
const err30 = {instancePath:instancePath+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/type",keyword:"type",params:{type: schema94.properties.publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err31 = {instancePath:instancePath+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data2.author !== undefined){
let data7 = data2.author;
if((typeof data7 !== "string") && (data7 !== null)){
const err32 = {instancePath:instancePath+"/metadata/author",schemaPath:"source.schema.json/properties/author/type",keyword:"type",params:{type: schema94.properties.author.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err33 = {instancePath:instancePath+"/metadata/author",schemaPath:"source.schema.json/properties/author/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data2.institution !== undefined){
let data8 = data2.institution;
if((typeof data8 !== "string") && (data8 !== null)){
const err34 = {instancePath:instancePath+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/type",keyword:"type",params:{type: schema94.properties.institution.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err35 = {instancePath:instancePath+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data2.url !== undefined){
let data9 = data2.url;
if((typeof data9 !== "string") && (data9 !== null)){
const err36 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/type",keyword:"type",params:{type: schema94.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data9 === "string"){
if(!pattern60.test(data9)){
const err37 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(formats14.validate(data9))){
const err38 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data2.published !== undefined){
let data10 = data2.published;
if((typeof data10 !== "string") && (data10 !== null)){
const err39 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/type",keyword:"type",params:{type: schema94.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats16.validate(data10))){
const err40 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data2.retrieved !== undefined){
let data11 = data2.retrieved;
if((typeof data11 !== "string") && (data11 !== null)){
const err41 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/type",keyword:"type",params:{type: schema94.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats16.validate(data11))){
const err42 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data2.reference_period !== undefined){
let data12 = data2.reference_period;
if(typeof data12 === "string"){
if(!pattern16.test(data12)){
const err43 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data2.licence !== undefined){
let data13 = data2.licence;
if((typeof data13 !== "string") && (data13 !== null)){
const err45 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/type",keyword:"type",params:{type: schema94.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err46 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data2.notes !== undefined){
let data14 = data2.notes;
if((typeof data14 !== "string") && (data14 !== null)){
const err47 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/type",keyword:"type",params:{type: schema94.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err48 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data15 = data.sha256;
if(typeof data15 === "string"){
if(!pattern62.test(data15)){
const err50 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.bytes !== undefined){
let data16 = data.bytes;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err52 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err53 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err54 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.mentions !== undefined){
let data18 = data.mentions;
if(Array.isArray(data18)){
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.source_id === undefined){
const err55 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data19.text === undefined){
const err56 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data19.value === undefined){
const err57 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data19.kind === undefined){
const err58 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19.form === undefined){
const err59 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data19.start === undefined){
const err60 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data19.end === undefined){
const err61 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data19.line === undefined){
const err62 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data19.column === undefined){
const err63 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data19.status === undefined){
const err64 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data19.indicator_id === undefined){
const err65 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data19.period === undefined){
const err66 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data19.observation_id === undefined){
const err67 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data19.evidence === undefined){
const err68 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data19.reason === undefined){
const err69 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key2 in data19){
if(!(func2.call(schema96.properties, key2))){
const err70 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data19.source_id !== undefined){
if(typeof data19.source_id !== "string"){
const err71 = {instancePath:instancePath+"/mentions/" + i0+"/source_id",schemaPath:"mention.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.text !== undefined){
if(typeof data19.text !== "string"){
const err72 = {instancePath:instancePath+"/mentions/" + i0+"/text",schemaPath:"mention.schema.json/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data19.value !== undefined){
let data22 = data19.value;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err73 = {instancePath:instancePath+"/mentions/" + i0+"/value",schemaPath:"mention.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data19.kind !== undefined){
let data23 = data19.kind;
if(typeof data23 !== "string"){
const err74 = {instancePath:instancePath+"/mentions/" + i0+"/kind",schemaPath:"mention.schema.json/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!((((((data23 === "number") || (data23 === "percent")) || (data23 === "year")) || (data23 === "date")) || (data23 === "time")) || (data23 === "identifier"))){
const err75 = {instancePath:instancePath+"/mentions/" + i0+"/kind",schemaPath:"mention.schema.json/properties/kind/enum",keyword:"enum",params:{allowedValues: schema96.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data19.qualifier !== undefined){
let data24 = data19.qualifier;
if(typeof data24 !== "string"){
const err76 = {instancePath:instancePath+"/mentions/" + i0+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!(((((data24 === "gt") || (data24 === "gte")) || (data24 === "lt")) || (data24 === "lte")) || (data24 === "approx"))){
const err77 = {instancePath:instancePath+"/mentions/" + i0+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema96.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data19.form !== undefined){
let data25 = data19.form;
if(typeof data25 !== "string"){
const err78 = {instancePath:instancePath+"/mentions/" + i0+"/form",schemaPath:"mention.schema.json/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!((((data25 === "digits") || (data25 === "words")) || (data25 === "mixed")) || (data25 === "dual"))){
const err79 = {instancePath:instancePath+"/mentions/" + i0+"/form",schemaPath:"mention.schema.json/properties/form/enum",keyword:"enum",params:{allowedValues: schema96.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data19.decimals !== undefined){
let data26 = data19.decimals;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err80 = {instancePath:instancePath+"/mentions/" + i0+"/decimals",schemaPath:"mention.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err81 = {instancePath:instancePath+"/mentions/" + i0+"/decimals",schemaPath:"mention.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data19.start !== undefined){
let data27 = data19.start;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err82 = {instancePath:instancePath+"/mentions/" + i0+"/start",schemaPath:"mention.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err83 = {instancePath:instancePath+"/mentions/" + i0+"/start",schemaPath:"mention.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data19.end !== undefined){
let data28 = data19.end;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err84 = {instancePath:instancePath+"/mentions/" + i0+"/end",schemaPath:"mention.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 1 || isNaN(data28)){
const err85 = {instancePath:instancePath+"/mentions/" + i0+"/end",schemaPath:"mention.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data19.line !== undefined){
let data29 = data19.line;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err86 = {instancePath:instancePath+"/mentions/" + i0+"/line",schemaPath:"mention.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 1 || isNaN(data29)){
const err87 = {instancePath:instancePath+"/mentions/" + i0+"/line",schemaPath:"mention.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data19.column !== undefined){
let data30 = data19.column;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err88 = {instancePath:instancePath+"/mentions/" + i0+"/column",schemaPath:"mention.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 1 || isNaN(data30)){
const err89 = {instancePath:instancePath+"/mentions/" + i0+"/column",schemaPath:"mention.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
if(data19.status !== undefined){
let data31 = data19.status;
if(typeof data31 !== "string"){
const err90 = {instancePath:instancePath+"/mentions/" + i0+"/status",schemaPath:"mention.schema.json/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!((((((((((data31 === "observation") || (data31 === "restatement")) || (data31 === "held_back")) || (data31 === "unaccounted")) || (data31 === "year")) || (data31 === "date")) || (data31 === "time")) || (data31 === "identifier")) || (data31 === "ignored")) || (data31 === "cruft"))){
const err91 = {instancePath:instancePath+"/mentions/" + i0+"/status",schemaPath:"mention.schema.json/properties/status/enum",keyword:"enum",params:{allowedValues: schema96.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data19.indicator_id !== undefined){
let data32 = data19.indicator_id;
if((typeof data32 !== "string") && (data32 !== null)){
const err92 = {instancePath:instancePath+"/mentions/" + i0+"/indicator_id",schemaPath:"mention.schema.json/properties/indicator_id/type",keyword:"type",params:{type: schema96.properties.indicator_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data19.period !== undefined){
let data33 = data19.period;
if((typeof data33 !== "string") && (data33 !== null)){
const err93 = {instancePath:instancePath+"/mentions/" + i0+"/period",schemaPath:"mention.schema.json/properties/period/type",keyword:"type",params:{type: schema96.properties.period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(typeof data33 === "string"){
if(!pattern16.test(data33)){
const err94 = {instancePath:instancePath+"/mentions/" + i0+"/period",schemaPath:"mention.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data19.observation_id !== undefined){
let data34 = data19.observation_id;
if((typeof data34 !== "string") && (data34 !== null)){
const err95 = {instancePath:instancePath+"/mentions/" + i0+"/observation_id",schemaPath:"mention.schema.json/properties/observation_id/type",keyword:"type",params:{type: schema96.properties.observation_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data19.evidence !== undefined){
let data35 = data19.evidence;
if((typeof data35 !== "string") && (data35 !== null)){
const err96 = {instancePath:instancePath+"/mentions/" + i0+"/evidence",schemaPath:"mention.schema.json/properties/evidence/type",keyword:"type",params:{type: schema96.properties.evidence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data19.reason !== undefined){
let data36 = data19.reason;
if((typeof data36 !== "string") && (data36 !== null)){
const err97 = {instancePath:instancePath+"/mentions/" + i0+"/reason",schemaPath:"mention.schema.json/properties/reason/type",keyword:"type",params:{type: schema96.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.figures !== undefined){
let data37 = data.figures;
if(Array.isArray(data37)){
const len1 = data37.length;
for(let i1=0; i1<len1; i1++){
let data38 = data37[i1];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.mention_start === undefined){
const err100 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "mention_start"},message:"must have required property '"+"mention_start"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data38.observation === undefined){
const err101 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/required",keyword:"required",params:{missingProperty: "observation"},message:"must have required property '"+"observation"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key3 in data38){
if(!((key3 === "mention_start") || (key3 === "observation"))){
const err102 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data38.mention_start !== undefined){
let data39 = data38.mention_start;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err103 = {instancePath:instancePath+"/figures/" + i1+"/mention_start",schemaPath:"#/properties/figures/items/properties/mention_start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err104 = {instancePath:instancePath+"/figures/" + i1+"/mention_start",schemaPath:"#/properties/figures/items/properties/mention_start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
if(data38.observation !== undefined){
let data40 = data38.observation;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.observation_id === undefined){
const err105 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data40.source_id === undefined){
const err106 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data40.indicator_id === undefined){
const err107 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data40.breakdown === undefined){
const err108 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data40.category === undefined){
const err109 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data40.period === undefined){
const err110 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data40.base_period === undefined){
const err111 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "base_period"},message:"must have required property '"+"base_period"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data40.value === undefined){
const err112 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data40.qualifier === undefined){
const err113 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "qualifier"},message:"must have required property '"+"qualifier"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data40.unit === undefined){
const err114 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data40.quote === undefined){
const err115 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "quote"},message:"must have required property '"+"quote"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data40.start === undefined){
const err116 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data40.end === undefined){
const err117 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data40.line === undefined){
const err118 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data40.column === undefined){
const err119 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data40.sentence === undefined){
const err120 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "sentence"},message:"must have required property '"+"sentence"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data40.correction === undefined){
const err121 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "correction"},message:"must have required property '"+"correction"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key4 in data40){
if(!(func2.call(schema95.properties, key4))){
const err122 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data40.observation_id !== undefined){
if(typeof data40.observation_id !== "string"){
const err123 = {instancePath:instancePath+"/figures/" + i1+"/observation/observation_id",schemaPath:"observation.schema.json/properties/observation_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data40.source_id !== undefined){
if(typeof data40.source_id !== "string"){
const err124 = {instancePath:instancePath+"/figures/" + i1+"/observation/source_id",schemaPath:"observation.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data40.indicator_id !== undefined){
if(typeof data40.indicator_id !== "string"){
const err125 = {instancePath:instancePath+"/figures/" + i1+"/observation/indicator_id",schemaPath:"observation.schema.json/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data40.breakdown !== undefined){
let data44 = data40.breakdown;
if((typeof data44 !== "string") && (data44 !== null)){
const err126 = {instancePath:instancePath+"/figures/" + i1+"/observation/breakdown",schemaPath:"observation.schema.json/properties/breakdown/type",keyword:"type",params:{type: schema95.properties.breakdown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data40.category !== undefined){
let data45 = data40.category;
if((typeof data45 !== "string") && (data45 !== null)){
const err127 = {instancePath:instancePath+"/figures/" + i1+"/observation/category",schemaPath:"observation.schema.json/properties/category/type",keyword:"type",params:{type: schema95.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data40.period !== undefined){
let data46 = data40.period;
if(typeof data46 === "string"){
if(!pattern16.test(data46)){
const err128 = {instancePath:instancePath+"/figures/" + i1+"/observation/period",schemaPath:"observation.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/figures/" + i1+"/observation/period",schemaPath:"observation.schema.json/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data40.base_period !== undefined){
let data47 = data40.base_period;
if((typeof data47 !== "string") && (data47 !== null)){
const err130 = {instancePath:instancePath+"/figures/" + i1+"/observation/base_period",schemaPath:"observation.schema.json/properties/base_period/type",keyword:"type",params:{type: schema95.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(typeof data47 === "string"){
if(!pattern16.test(data47)){
const err131 = {instancePath:instancePath+"/figures/" + i1+"/observation/base_period",schemaPath:"observation.schema.json/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
if(data40.value !== undefined){
let data48 = data40.value;
if(!((typeof data48 == "number") && (isFinite(data48)))){
const err132 = {instancePath:instancePath+"/figures/" + i1+"/observation/value",schemaPath:"observation.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data40.qualifier !== undefined){
let data49 = data40.qualifier;
if((typeof data49 !== "string") && (data49 !== null)){
const err133 = {instancePath:instancePath+"/figures/" + i1+"/observation/qualifier",schemaPath:"observation.schema.json/properties/qualifier/type",keyword:"type",params:{type: schema95.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(!((((((data49 === "gt") || (data49 === "gte")) || (data49 === "lt")) || (data49 === "lte")) || (data49 === "approx")) || (data49 === null))){
const err134 = {instancePath:instancePath+"/figures/" + i1+"/observation/qualifier",schemaPath:"observation.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema95.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data40.decimals !== undefined){
let data50 = data40.decimals;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err135 = {instancePath:instancePath+"/figures/" + i1+"/observation/decimals",schemaPath:"observation.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err136 = {instancePath:instancePath+"/figures/" + i1+"/observation/decimals",schemaPath:"observation.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
if(data40.unit !== undefined){
if(typeof data40.unit !== "string"){
const err137 = {instancePath:instancePath+"/figures/" + i1+"/observation/unit",schemaPath:"observation.schema.json/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data40.quote !== undefined){
let data52 = data40.quote;
if(typeof data52 === "string"){
if(func4(data52) < 1){
const err138 = {instancePath:instancePath+"/figures/" + i1+"/observation/quote",schemaPath:"observation.schema.json/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/figures/" + i1+"/observation/quote",schemaPath:"observation.schema.json/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data40.start !== undefined){
let data53 = data40.start;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err140 = {instancePath:instancePath+"/figures/" + i1+"/observation/start",schemaPath:"observation.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err141 = {instancePath:instancePath+"/figures/" + i1+"/observation/start",schemaPath:"observation.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
if(data40.end !== undefined){
let data54 = data40.end;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err142 = {instancePath:instancePath+"/figures/" + i1+"/observation/end",schemaPath:"observation.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 1 || isNaN(data54)){
const err143 = {instancePath:instancePath+"/figures/" + i1+"/observation/end",schemaPath:"observation.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
if(data40.line !== undefined){
let data55 = data40.line;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err144 = {instancePath:instancePath+"/figures/" + i1+"/observation/line",schemaPath:"observation.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 1 || isNaN(data55)){
const err145 = {instancePath:instancePath+"/figures/" + i1+"/observation/line",schemaPath:"observation.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
if(data40.column !== undefined){
let data56 = data40.column;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
const err146 = {instancePath:instancePath+"/figures/" + i1+"/observation/column",schemaPath:"observation.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 1 || isNaN(data56)){
const err147 = {instancePath:instancePath+"/figures/" + i1+"/observation/column",schemaPath:"observation.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
if(data40.sentence !== undefined){
let data57 = data40.sentence;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.text === undefined){
const err148 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data57.start === undefined){
const err149 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data57.end === undefined){
const err150 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
for(const key5 in data57){
if(!(((key5 === "text") || (key5 === "start")) || (key5 === "end"))){
const err151 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence",schemaPath:"observation.schema.json/properties/sentence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data57.text !== undefined){
let data58 = data57.text;
if(typeof data58 === "string"){
if(func4(data58) < 1){
const err152 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data57.start !== undefined){
let data59 = data57.start;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err154 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
const err155 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
if(data57.end !== undefined){
let data60 = data57.end;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err156 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 1 || isNaN(data60)){
const err157 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
}
else {
const err158 = {instancePath:instancePath+"/figures/" + i1+"/observation/sentence",schemaPath:"observation.schema.json/properties/sentence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data40.correction !== undefined){
let data61 = data40.correction;
const _errs133 = errors;
let valid13 = false;
let passing0 = null;
const _errs134 = errors;
if(data61 !== null){
const err159 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
var _valid0 = _errs134 === errors;
if(_valid0){
valid13 = true;
passing0 = 0;
}
const _errs136 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.reason === undefined){
const err160 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(data61.original === undefined){
const err161 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
for(const key6 in data61){
if(!((key6 === "reason") || (key6 === "original"))){
const err162 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data61.reason !== undefined){
if(typeof data61.reason !== "string"){
const err163 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction/reason",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data61.original !== undefined){
let data63 = data61.original;
if(!(data63 && typeof data63 == "object" && !Array.isArray(data63))){
const err164 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction/original",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/original/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
var _valid0 = _errs136 === errors;
if(_valid0 && valid13){
valid13 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid13 = true;
passing0 = 1;
}
}
if(!valid13){
const err166 = {instancePath:instancePath+"/figures/" + i1+"/observation/correction",schemaPath:"observation.schema.json/properties/correction/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
else {
errors = _errs133;
if(vErrors !== null){
if(_errs133){
vErrors.length = _errs133;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err167 = {instancePath:instancePath+"/figures/" + i1+"/observation",schemaPath:"observation.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/figures/" + i1,schemaPath:"#/properties/figures/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/figures",schemaPath:"#/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}

export const grammarWords = validate76;
const schema102 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"grammar-words.schema.json","title":"GrammarWords","description":"Words that tell the extract stage how a number relates to the words around it (pipeline/extract/grammar-words.json), independent of any indicator. Written folded and without clitics, as catalogue cues.","type":"object","additionalProperties":false,"required":["not_counted","count_of","part_markers","pronoun_counts","relatives","back_references","similar","qualifier_verbs","negations","measure_nouns","restating","retractions","trailing_qualifiers","transitions","differences","questions","respectively","change_columns","continuations"],"properties":{"not_counted":{"$ref":"#/definitions/words","description":"Prepositions, particles and verbs that may follow a number in place of its counted noun ('بلغ عدد الإنابات 143 خلال السنة'): the counted noun is then looked for before the number."},"count_of":{"$ref":"#/definitions/words","description":"Nouns meaning 'the number of' ('عدد', 'مجموع'): the word after them names what a number without a counted noun counts."},"part_markers":{"$ref":"#/definitions/words","description":"'of which / of whom' ('منها', 'من بينهم'): a number after them that names no counted noun of its own counts what the previous figure of its sentence counts."},"pronoun_counts":{"$ref":"#/definitions/words","description":"'their number' ('عددها', 'عددهم'): the counted noun is the one the sentence named before the clause ('وفي ما يخص الأوامر الدولية، فقد بلغ عددها 98')."},"relatives":{"$ref":"#/definitions/words","description":"Relative and temporal words ('التي', 'الذي', 'حين'): a clause they open describes what the previous clause ended on, and takes its period ('مقارنة مع سنة 2016، التي شهدت معالجة 2950 ملفا')."},"back_references":{"$ref":"#/definitions/words","description":"Nouns that refer back to the figure of the previous sentence ('هذا الرقم'): a change in a sentence that names no count of its own is a change of that figure."},"similar":{"$ref":"#/definitions/words","description":"Adjectives meaning 'similar' ('مذكرة مماثلة'): a count so qualified is of the same kind as the previous count of its sentence, in the scope its own clause names ('2169 مذكرة لإيقاف سريان الأبحاث الدولية و347 مذكرة مماثلة على الصعيد العربي')."},"qualifier_verbs":{"type":"object","additionalProperties":false,"required":["gt","approx"],"description":"Verbs that qualify a number said of a measure before it ('تجاوز عددها ستة آلاف' is more than 6,000; 'ناهزت نسبتها 14 في المائة' about 14). A verb right before the number is the recognizer's (pipeline/arabic/lexicon/qualifiers.json).","properties":{"gt":{"$ref":"#/definitions/words"},"approx":{"$ref":"#/definitions/words"}}},"negations":{"$ref":"#/definitions/words","description":"'لم', 'لا': before a 'more than' verb, it makes the number a maximum ('لم تتجاوز نسبتها 18 في المائة' is at most 18)."},"measure_nouns":{"$ref":"#/definitions/words","description":"The measure a qualifier verb is said of, right after the verb ('عدد', 'نسبة', 'مجموع')."},"restating":{"$ref":"#/definitions/words","description":"'precisely', 'that is' ('بالتحديد', 'أي'): a number right after them with no indicator of its own restates the previous figure of its sentence ('فاق 140 شخصا، إذ بلغ بالتحديد 148 شخصا')."},"retractions":{"$ref":"#/definitions/words","description":"'the correct (figure) is' ('والصحيح هو', 'والصواب'): in an editor's correction, the figures of the sentence before such a word are the ones it withdraws; they are ignored, with the reason."},"trailing_qualifiers":{"type":"object","additionalProperties":false,"required":["approx","gte","lte"],"description":"Words that qualify a number from after it, right after the number or its counted noun ('16٪ تقريبا', '74 شخصا على الأقل'); a phrase is written as words separated by one space.","properties":{"approx":{"$ref":"#/definitions/phrases"},"gte":{"$ref":"#/definitions/phrases"},"lte":{"$ref":"#/definitions/phrases"}}},"transitions":{"type":"object","additionalProperties":false,"required":["words","from","to"],"description":"A change told by its two ends ('انتقل عدد الأوامر من 49 إلى 57 أمرا', 'ارتفع من 2710 إلى 2954 ملفا'): after one of `words`, a number after `from` and before `to` is the earlier end (the base period), the number after `to` the later one. Without such a word, 'من 49 إلى 57' may be a range, and is not read as a change.","properties":{"words":{"$ref":"#/definitions/words","description":"Verbs and nouns of change or movement ('انتقل', 'ارتفع', 'تراجع', 'ارتفاع')."},"from":{"$ref":"#/definitions/words","description":"'from' ('من')."},"to":{"$ref":"#/definitions/words","description":"'to' ('إلى')."}}},"differences":{"type":"object","additionalProperties":false,"required":["words","levels","after"],"description":"A count that is the amount of a change, not a level ('بزيادة 1120 ملفا', 'ارتفاعا بـ12 إنابة', '1120 ملفا إضافيا'): the catalogue tracks no such difference, so it is not read as the indicator's count. A word of `levels` between the change word and the number makes it the new level ('ارتفع إلى 5800', 'ارتفع ليبلغ 5800').","properties":{"words":{"$ref":"#/definitions/words","description":"Change nouns and verbs ('زيادة', 'ارتفاع', 'تراجع', 'فارق')."},"levels":{"$ref":"#/definitions/words","description":"Words introducing the new level ('إلى', 'بلغ', 'وصل')."},"after":{"$ref":"#/definitions/words","description":"Adjectives after the counted noun that make it an amount ('إضافيا')."}}},"questions":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Marks ending a question ('؟', '?'): the figures of a question are asked, not stated, and are held back."},"respectively":{"$ref":"#/definitions/words","description":"'respectively' ('على التوالي'): coordinated figures take coordinated years in order (pipeline/extract/respectively.ts)."},"change_columns":{"$ref":"#/definitions/words","description":"Words of a table's header cell naming the change between its period columns ('التغير (%)', 'التطور', 'الفارق'): a number in that column is the change of the row's count from the first period to the last (pipeline/extract/tables.ts)."},"continuations":{"$ref":"#/definitions/words","description":"Words that open a sentence continuing the one before it ('كما نفذت المصالح الأمنية أربع عمليات'): a sentence that opens with one and names no period takes the period the previous sentence of its paragraph opened with (pipeline/extract/opening.ts)."}},"definitions":{"words":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"}},"phrases":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"}}}};
const schema103 = {"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"}};
const schema116 = {"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="grammar-words.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.not_counted === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "not_counted"},message:"must have required property '"+"not_counted"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.count_of === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count_of"},message:"must have required property '"+"count_of"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.part_markers === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "part_markers"},message:"must have required property '"+"part_markers"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.pronoun_counts === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pronoun_counts"},message:"must have required property '"+"pronoun_counts"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.relatives === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "relatives"},message:"must have required property '"+"relatives"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.back_references === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "back_references"},message:"must have required property '"+"back_references"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.similar === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "similar"},message:"must have required property '"+"similar"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.qualifier_verbs === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifier_verbs"},message:"must have required property '"+"qualifier_verbs"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.negations === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "negations"},message:"must have required property '"+"negations"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.measure_nouns === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "measure_nouns"},message:"must have required property '"+"measure_nouns"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.restating === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "restating"},message:"must have required property '"+"restating"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.retractions === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retractions"},message:"must have required property '"+"retractions"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.trailing_qualifiers === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trailing_qualifiers"},message:"must have required property '"+"trailing_qualifiers"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.transitions === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transitions"},message:"must have required property '"+"transitions"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.differences === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "differences"},message:"must have required property '"+"differences"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.questions === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "questions"},message:"must have required property '"+"questions"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.respectively === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "respectively"},message:"must have required property '"+"respectively"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.change_columns === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change_columns"},message:"must have required property '"+"change_columns"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.continuations === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "continuations"},message:"must have required property '"+"continuations"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema102.properties, key0))){
const err19 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.not_counted !== undefined){
let data0 = data.not_counted;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern33.test(data1)){
const err20 = {instancePath:instancePath+"/not_counted/" + i0,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err21 = {instancePath:instancePath+"/not_counted/" + i0,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath:instancePath+"/not_counted",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err23 = {instancePath:instancePath+"/not_counted",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.count_of !== undefined){
let data2 = data.count_of;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(!pattern33.test(data3)){
const err24 = {instancePath:instancePath+"/count_of/" + i2,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err25 = {instancePath:instancePath+"/count_of/" + i2,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
const err26 = {instancePath:instancePath+"/count_of",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err27 = {instancePath:instancePath+"/count_of",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.part_markers !== undefined){
let data4 = data.part_markers;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(typeof data5 === "string"){
if(!pattern33.test(data5)){
const err28 = {instancePath:instancePath+"/part_markers/" + i4,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err29 = {instancePath:instancePath+"/part_markers/" + i4,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
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
const err30 = {instancePath:instancePath+"/part_markers",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err31 = {instancePath:instancePath+"/part_markers",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.pronoun_counts !== undefined){
let data6 = data.pronoun_counts;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i6=0; i6<len3; i6++){
let data7 = data6[i6];
if(typeof data7 === "string"){
if(!pattern33.test(data7)){
const err32 = {instancePath:instancePath+"/pronoun_counts/" + i6,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/pronoun_counts/" + i6,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
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
const err34 = {instancePath:instancePath+"/pronoun_counts",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err35 = {instancePath:instancePath+"/pronoun_counts",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.relatives !== undefined){
let data8 = data.relatives;
if(Array.isArray(data8)){
const len4 = data8.length;
for(let i8=0; i8<len4; i8++){
let data9 = data8[i8];
if(typeof data9 === "string"){
if(!pattern33.test(data9)){
const err36 = {instancePath:instancePath+"/relatives/" + i8,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err37 = {instancePath:instancePath+"/relatives/" + i8,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i9 = data8.length;
let j4;
if(i9 > 1){
const indices4 = {};
for(;i9--;){
let item4 = data8[i9];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err38 = {instancePath:instancePath+"/relatives",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break;
}
indices4[item4] = i9;
}
}
}
else {
const err39 = {instancePath:instancePath+"/relatives",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.back_references !== undefined){
let data10 = data.back_references;
if(Array.isArray(data10)){
const len5 = data10.length;
for(let i10=0; i10<len5; i10++){
let data11 = data10[i10];
if(typeof data11 === "string"){
if(!pattern33.test(data11)){
const err40 = {instancePath:instancePath+"/back_references/" + i10,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
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
const err41 = {instancePath:instancePath+"/back_references/" + i10,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i11 = data10.length;
let j5;
if(i11 > 1){
const indices5 = {};
for(;i11--;){
let item5 = data10[i11];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err42 = {instancePath:instancePath+"/back_references",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices5[item5] = i11;
}
}
}
else {
const err43 = {instancePath:instancePath+"/back_references",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.similar !== undefined){
let data12 = data.similar;
if(Array.isArray(data12)){
const len6 = data12.length;
for(let i12=0; i12<len6; i12++){
let data13 = data12[i12];
if(typeof data13 === "string"){
if(!pattern33.test(data13)){
const err44 = {instancePath:instancePath+"/similar/" + i12,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/similar/" + i12,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
let i13 = data12.length;
let j6;
if(i13 > 1){
const indices6 = {};
for(;i13--;){
let item6 = data12[i13];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err46 = {instancePath:instancePath+"/similar",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
break;
}
indices6[item6] = i13;
}
}
}
else {
const err47 = {instancePath:instancePath+"/similar",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.qualifier_verbs !== undefined){
let data14 = data.qualifier_verbs;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.gt === undefined){
const err48 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/required",keyword:"required",params:{missingProperty: "gt"},message:"must have required property '"+"gt"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data14.approx === undefined){
const err49 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/required",keyword:"required",params:{missingProperty: "approx"},message:"must have required property '"+"approx"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key1 in data14){
if(!((key1 === "gt") || (key1 === "approx"))){
const err50 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data14.gt !== undefined){
let data15 = data14.gt;
if(Array.isArray(data15)){
const len7 = data15.length;
for(let i14=0; i14<len7; i14++){
let data16 = data15[i14];
if(typeof data16 === "string"){
if(!pattern33.test(data16)){
const err51 = {instancePath:instancePath+"/qualifier_verbs/gt/" + i14,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/qualifier_verbs/gt/" + i14,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
let i15 = data15.length;
let j7;
if(i15 > 1){
const indices7 = {};
for(;i15--;){
let item7 = data15[i15];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err53 = {instancePath:instancePath+"/qualifier_verbs/gt",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
break;
}
indices7[item7] = i15;
}
}
}
else {
const err54 = {instancePath:instancePath+"/qualifier_verbs/gt",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data14.approx !== undefined){
let data17 = data14.approx;
if(Array.isArray(data17)){
const len8 = data17.length;
for(let i16=0; i16<len8; i16++){
let data18 = data17[i16];
if(typeof data18 === "string"){
if(!pattern33.test(data18)){
const err55 = {instancePath:instancePath+"/qualifier_verbs/approx/" + i16,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/qualifier_verbs/approx/" + i16,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
let i17 = data17.length;
let j8;
if(i17 > 1){
const indices8 = {};
for(;i17--;){
let item8 = data17[i17];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err57 = {instancePath:instancePath+"/qualifier_verbs/approx",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
break;
}
indices8[item8] = i17;
}
}
}
else {
const err58 = {instancePath:instancePath+"/qualifier_verbs/approx",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err59 = {instancePath:instancePath+"/qualifier_verbs",schemaPath:"#/properties/qualifier_verbs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.negations !== undefined){
let data19 = data.negations;
if(Array.isArray(data19)){
const len9 = data19.length;
for(let i18=0; i18<len9; i18++){
let data20 = data19[i18];
if(typeof data20 === "string"){
if(!pattern33.test(data20)){
const err60 = {instancePath:instancePath+"/negations/" + i18,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/negations/" + i18,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let i19 = data19.length;
let j9;
if(i19 > 1){
const indices9 = {};
for(;i19--;){
let item9 = data19[i19];
if(typeof item9 !== "string"){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err62 = {instancePath:instancePath+"/negations",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i19+" are identical)"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
break;
}
indices9[item9] = i19;
}
}
}
else {
const err63 = {instancePath:instancePath+"/negations",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.measure_nouns !== undefined){
let data21 = data.measure_nouns;
if(Array.isArray(data21)){
const len10 = data21.length;
for(let i20=0; i20<len10; i20++){
let data22 = data21[i20];
if(typeof data22 === "string"){
if(!pattern33.test(data22)){
const err64 = {instancePath:instancePath+"/measure_nouns/" + i20,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/measure_nouns/" + i20,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
let i21 = data21.length;
let j10;
if(i21 > 1){
const indices10 = {};
for(;i21--;){
let item10 = data21[i21];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err66 = {instancePath:instancePath+"/measure_nouns",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i21+" are identical)"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
break;
}
indices10[item10] = i21;
}
}
}
else {
const err67 = {instancePath:instancePath+"/measure_nouns",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.restating !== undefined){
let data23 = data.restating;
if(Array.isArray(data23)){
const len11 = data23.length;
for(let i22=0; i22<len11; i22++){
let data24 = data23[i22];
if(typeof data24 === "string"){
if(!pattern33.test(data24)){
const err68 = {instancePath:instancePath+"/restating/" + i22,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/restating/" + i22,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
let i23 = data23.length;
let j11;
if(i23 > 1){
const indices11 = {};
for(;i23--;){
let item11 = data23[i23];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err70 = {instancePath:instancePath+"/restating",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i23+" are identical)"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
break;
}
indices11[item11] = i23;
}
}
}
else {
const err71 = {instancePath:instancePath+"/restating",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.retractions !== undefined){
let data25 = data.retractions;
if(Array.isArray(data25)){
const len12 = data25.length;
for(let i24=0; i24<len12; i24++){
let data26 = data25[i24];
if(typeof data26 === "string"){
if(!pattern33.test(data26)){
const err72 = {instancePath:instancePath+"/retractions/" + i24,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/retractions/" + i24,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
let i25 = data25.length;
let j12;
if(i25 > 1){
const indices12 = {};
for(;i25--;){
let item12 = data25[i25];
if(typeof item12 !== "string"){
continue;
}
if(typeof indices12[item12] == "number"){
j12 = indices12[item12];
const err74 = {instancePath:instancePath+"/retractions",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i25+" are identical)"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
break;
}
indices12[item12] = i25;
}
}
}
else {
const err75 = {instancePath:instancePath+"/retractions",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.trailing_qualifiers !== undefined){
let data27 = data.trailing_qualifiers;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.approx === undefined){
const err76 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/required",keyword:"required",params:{missingProperty: "approx"},message:"must have required property '"+"approx"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data27.gte === undefined){
const err77 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/required",keyword:"required",params:{missingProperty: "gte"},message:"must have required property '"+"gte"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data27.lte === undefined){
const err78 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/required",keyword:"required",params:{missingProperty: "lte"},message:"must have required property '"+"lte"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key2 in data27){
if(!(((key2 === "approx") || (key2 === "gte")) || (key2 === "lte"))){
const err79 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data27.approx !== undefined){
let data28 = data27.approx;
if(Array.isArray(data28)){
const len13 = data28.length;
for(let i26=0; i26<len13; i26++){
let data29 = data28[i26];
if(typeof data29 === "string"){
if(!pattern13.test(data29)){
const err80 = {instancePath:instancePath+"/trailing_qualifiers/approx/" + i26,schemaPath:"#/definitions/phrases/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/trailing_qualifiers/approx/" + i26,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
let i27 = data28.length;
let j13;
if(i27 > 1){
const indices13 = {};
for(;i27--;){
let item13 = data28[i27];
if(typeof item13 !== "string"){
continue;
}
if(typeof indices13[item13] == "number"){
j13 = indices13[item13];
const err82 = {instancePath:instancePath+"/trailing_qualifiers/approx",schemaPath:"#/definitions/phrases/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i27+" are identical)"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
break;
}
indices13[item13] = i27;
}
}
}
else {
const err83 = {instancePath:instancePath+"/trailing_qualifiers/approx",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data27.gte !== undefined){
let data30 = data27.gte;
if(Array.isArray(data30)){
const len14 = data30.length;
for(let i28=0; i28<len14; i28++){
let data31 = data30[i28];
if(typeof data31 === "string"){
if(!pattern13.test(data31)){
const err84 = {instancePath:instancePath+"/trailing_qualifiers/gte/" + i28,schemaPath:"#/definitions/phrases/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/trailing_qualifiers/gte/" + i28,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
let i29 = data30.length;
let j14;
if(i29 > 1){
const indices14 = {};
for(;i29--;){
let item14 = data30[i29];
if(typeof item14 !== "string"){
continue;
}
if(typeof indices14[item14] == "number"){
j14 = indices14[item14];
const err86 = {instancePath:instancePath+"/trailing_qualifiers/gte",schemaPath:"#/definitions/phrases/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i29+" are identical)"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
break;
}
indices14[item14] = i29;
}
}
}
else {
const err87 = {instancePath:instancePath+"/trailing_qualifiers/gte",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data27.lte !== undefined){
let data32 = data27.lte;
if(Array.isArray(data32)){
const len15 = data32.length;
for(let i30=0; i30<len15; i30++){
let data33 = data32[i30];
if(typeof data33 === "string"){
if(!pattern13.test(data33)){
const err88 = {instancePath:instancePath+"/trailing_qualifiers/lte/" + i30,schemaPath:"#/definitions/phrases/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*$"+"\""};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/trailing_qualifiers/lte/" + i30,schemaPath:"#/definitions/phrases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
let i31 = data32.length;
let j15;
if(i31 > 1){
const indices15 = {};
for(;i31--;){
let item15 = data32[i31];
if(typeof item15 !== "string"){
continue;
}
if(typeof indices15[item15] == "number"){
j15 = indices15[item15];
const err90 = {instancePath:instancePath+"/trailing_qualifiers/lte",schemaPath:"#/definitions/phrases/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j15},message:"must NOT have duplicate items (items ## "+j15+" and "+i31+" are identical)"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
break;
}
indices15[item15] = i31;
}
}
}
else {
const err91 = {instancePath:instancePath+"/trailing_qualifiers/lte",schemaPath:"#/definitions/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/trailing_qualifiers",schemaPath:"#/properties/trailing_qualifiers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.transitions !== undefined){
let data34 = data.transitions;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.words === undefined){
const err93 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data34.from === undefined){
const err94 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data34.to === undefined){
const err95 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key3 in data34){
if(!(((key3 === "words") || (key3 === "from")) || (key3 === "to"))){
const err96 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data34.words !== undefined){
let data35 = data34.words;
if(Array.isArray(data35)){
const len16 = data35.length;
for(let i32=0; i32<len16; i32++){
let data36 = data35[i32];
if(typeof data36 === "string"){
if(!pattern33.test(data36)){
const err97 = {instancePath:instancePath+"/transitions/words/" + i32,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/transitions/words/" + i32,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
let i33 = data35.length;
let j16;
if(i33 > 1){
const indices16 = {};
for(;i33--;){
let item16 = data35[i33];
if(typeof item16 !== "string"){
continue;
}
if(typeof indices16[item16] == "number"){
j16 = indices16[item16];
const err99 = {instancePath:instancePath+"/transitions/words",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j16},message:"must NOT have duplicate items (items ## "+j16+" and "+i33+" are identical)"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
break;
}
indices16[item16] = i33;
}
}
}
else {
const err100 = {instancePath:instancePath+"/transitions/words",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data34.from !== undefined){
let data37 = data34.from;
if(Array.isArray(data37)){
const len17 = data37.length;
for(let i34=0; i34<len17; i34++){
let data38 = data37[i34];
if(typeof data38 === "string"){
if(!pattern33.test(data38)){
const err101 = {instancePath:instancePath+"/transitions/from/" + i34,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/transitions/from/" + i34,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
let i35 = data37.length;
let j17;
if(i35 > 1){
const indices17 = {};
for(;i35--;){
let item17 = data37[i35];
if(typeof item17 !== "string"){
continue;
}
if(typeof indices17[item17] == "number"){
j17 = indices17[item17];
const err103 = {instancePath:instancePath+"/transitions/from",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j17},message:"must NOT have duplicate items (items ## "+j17+" and "+i35+" are identical)"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
break;
}
indices17[item17] = i35;
}
}
}
else {
const err104 = {instancePath:instancePath+"/transitions/from",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data34.to !== undefined){
let data39 = data34.to;
if(Array.isArray(data39)){
const len18 = data39.length;
for(let i36=0; i36<len18; i36++){
let data40 = data39[i36];
if(typeof data40 === "string"){
if(!pattern33.test(data40)){
const err105 = {instancePath:instancePath+"/transitions/to/" + i36,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/transitions/to/" + i36,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
let i37 = data39.length;
let j18;
if(i37 > 1){
const indices18 = {};
for(;i37--;){
let item18 = data39[i37];
if(typeof item18 !== "string"){
continue;
}
if(typeof indices18[item18] == "number"){
j18 = indices18[item18];
const err107 = {instancePath:instancePath+"/transitions/to",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i37, j: j18},message:"must NOT have duplicate items (items ## "+j18+" and "+i37+" are identical)"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
break;
}
indices18[item18] = i37;
}
}
}
else {
const err108 = {instancePath:instancePath+"/transitions/to",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/transitions",schemaPath:"#/properties/transitions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.differences !== undefined){
let data41 = data.differences;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.words === undefined){
const err110 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data41.levels === undefined){
const err111 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data41.after === undefined){
const err112 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key4 in data41){
if(!(((key4 === "words") || (key4 === "levels")) || (key4 === "after"))){
const err113 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data41.words !== undefined){
let data42 = data41.words;
if(Array.isArray(data42)){
const len19 = data42.length;
for(let i38=0; i38<len19; i38++){
let data43 = data42[i38];
if(typeof data43 === "string"){
if(!pattern33.test(data43)){
const err114 = {instancePath:instancePath+"/differences/words/" + i38,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/differences/words/" + i38,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
let i39 = data42.length;
let j19;
if(i39 > 1){
const indices19 = {};
for(;i39--;){
let item19 = data42[i39];
if(typeof item19 !== "string"){
continue;
}
if(typeof indices19[item19] == "number"){
j19 = indices19[item19];
const err116 = {instancePath:instancePath+"/differences/words",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i39, j: j19},message:"must NOT have duplicate items (items ## "+j19+" and "+i39+" are identical)"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
break;
}
indices19[item19] = i39;
}
}
}
else {
const err117 = {instancePath:instancePath+"/differences/words",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data41.levels !== undefined){
let data44 = data41.levels;
if(Array.isArray(data44)){
const len20 = data44.length;
for(let i40=0; i40<len20; i40++){
let data45 = data44[i40];
if(typeof data45 === "string"){
if(!pattern33.test(data45)){
const err118 = {instancePath:instancePath+"/differences/levels/" + i40,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/differences/levels/" + i40,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
let i41 = data44.length;
let j20;
if(i41 > 1){
const indices20 = {};
for(;i41--;){
let item20 = data44[i41];
if(typeof item20 !== "string"){
continue;
}
if(typeof indices20[item20] == "number"){
j20 = indices20[item20];
const err120 = {instancePath:instancePath+"/differences/levels",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i41, j: j20},message:"must NOT have duplicate items (items ## "+j20+" and "+i41+" are identical)"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
break;
}
indices20[item20] = i41;
}
}
}
else {
const err121 = {instancePath:instancePath+"/differences/levels",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data41.after !== undefined){
let data46 = data41.after;
if(Array.isArray(data46)){
const len21 = data46.length;
for(let i42=0; i42<len21; i42++){
let data47 = data46[i42];
if(typeof data47 === "string"){
if(!pattern33.test(data47)){
const err122 = {instancePath:instancePath+"/differences/after/" + i42,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/differences/after/" + i42,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
let i43 = data46.length;
let j21;
if(i43 > 1){
const indices21 = {};
for(;i43--;){
let item21 = data46[i43];
if(typeof item21 !== "string"){
continue;
}
if(typeof indices21[item21] == "number"){
j21 = indices21[item21];
const err124 = {instancePath:instancePath+"/differences/after",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i43, j: j21},message:"must NOT have duplicate items (items ## "+j21+" and "+i43+" are identical)"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
break;
}
indices21[item21] = i43;
}
}
}
else {
const err125 = {instancePath:instancePath+"/differences/after",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/differences",schemaPath:"#/properties/differences/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.questions !== undefined){
let data48 = data.questions;
if(Array.isArray(data48)){
if(data48.length < 1){
const err127 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
const len22 = data48.length;
for(let i44=0; i44<len22; i44++){
let data49 = data48[i44];
if(typeof data49 === "string"){
if(func4(data49) < 1){
const err128 = {instancePath:instancePath+"/questions/" + i44,schemaPath:"#/properties/questions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/questions/" + i44,schemaPath:"#/properties/questions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/questions",schemaPath:"#/properties/questions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.respectively !== undefined){
let data50 = data.respectively;
if(Array.isArray(data50)){
const len23 = data50.length;
for(let i45=0; i45<len23; i45++){
let data51 = data50[i45];
if(typeof data51 === "string"){
if(!pattern33.test(data51)){
const err131 = {instancePath:instancePath+"/respectively/" + i45,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/respectively/" + i45,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
let i46 = data50.length;
let j22;
if(i46 > 1){
const indices22 = {};
for(;i46--;){
let item22 = data50[i46];
if(typeof item22 !== "string"){
continue;
}
if(typeof indices22[item22] == "number"){
j22 = indices22[item22];
const err133 = {instancePath:instancePath+"/respectively",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i46, j: j22},message:"must NOT have duplicate items (items ## "+j22+" and "+i46+" are identical)"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
break;
}
indices22[item22] = i46;
}
}
}
else {
const err134 = {instancePath:instancePath+"/respectively",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.change_columns !== undefined){
let data52 = data.change_columns;
if(Array.isArray(data52)){
const len24 = data52.length;
for(let i47=0; i47<len24; i47++){
let data53 = data52[i47];
if(typeof data53 === "string"){
if(!pattern33.test(data53)){
const err135 = {instancePath:instancePath+"/change_columns/" + i47,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/change_columns/" + i47,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
let i48 = data52.length;
let j23;
if(i48 > 1){
const indices23 = {};
for(;i48--;){
let item23 = data52[i48];
if(typeof item23 !== "string"){
continue;
}
if(typeof indices23[item23] == "number"){
j23 = indices23[item23];
const err137 = {instancePath:instancePath+"/change_columns",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i48, j: j23},message:"must NOT have duplicate items (items ## "+j23+" and "+i48+" are identical)"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
break;
}
indices23[item23] = i48;
}
}
}
else {
const err138 = {instancePath:instancePath+"/change_columns",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.continuations !== undefined){
let data54 = data.continuations;
if(Array.isArray(data54)){
const len25 = data54.length;
for(let i49=0; i49<len25; i49++){
let data55 = data54[i49];
if(typeof data55 === "string"){
if(!pattern33.test(data55)){
const err139 = {instancePath:instancePath+"/continuations/" + i49,schemaPath:"#/definitions/words/items/pattern",keyword:"pattern",params:{pattern: "^[\\u0621-\\u064A]+$"},message:"must match pattern \""+"^[\\u0621-\\u064A]+$"+"\""};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/continuations/" + i49,schemaPath:"#/definitions/words/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
let i50 = data54.length;
let j24;
if(i50 > 1){
const indices24 = {};
for(;i50--;){
let item24 = data54[i50];
if(typeof item24 !== "string"){
continue;
}
if(typeof indices24[item24] == "number"){
j24 = indices24[item24];
const err141 = {instancePath:instancePath+"/continuations",schemaPath:"#/definitions/words/uniqueItems",keyword:"uniqueItems",params:{i: i50, j: j24},message:"must NOT have duplicate items (items ## "+j24+" and "+i50+" are identical)"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
break;
}
indices24[item24] = i50;
}
}
}
else {
const err142 = {instancePath:instancePath+"/continuations",schemaPath:"#/definitions/words/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}

export const i18nMessages = validate77;
const schema128 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"i18n-messages.schema.json","title":"Messages","description":"The interface text of the page and the data card in one language (pipeline/publish/i18n/<lang>.json). Every key is required, so the three tables cannot drift apart. A message is a text with {name} placeholders, or, where a number decides the wording, one text per CLDR plural category of the language (Intl.PluralRules), chosen by the {count} parameter.","type":"object","additionalProperties":false,"required":["page.title","page.skip","page.footer","nav.languages","lede.figures","lede.no_figures","lede.version","download.workbook","download.first","download.all","key.title","key.title_none","key.none","key.change","key.change_computed","table.title","table.caption","table.intro","table.intro_card","table.indicator","table.unit","table.period","table.versus","table.no_figure","derived.title","derived.caption","derived.figure","derived.value","derived.interval","derived.method","derived.between","derived.none","derived.rule","derived.full_precision","chart.title","chart.alt","chart.caption","chart.open","quote.title","quote.intro","quote.limited","quote.period_versus","quote.meta","files.title","files.intro","files.none","files.other","files.checksums","files.checksums_intro","size.byte","size.bytes","size.kB","size.MB","size.GB","size.exact","version.title","version.changes","version.initial","version.bump_major","version.bump_minor","version.bump_patch","version.rows_added","version.rows_changed","version.rows_removed","version.earlier_title","version.earlier","version.first","about.title","about.limits","coverage.sources","coverage.no_figures","coverage.period_one","coverage.period_many","coverage.series_none","coverage.series","limits.publisher_unknown_all","limits.publisher_unknown_some","limits.author_unknown_all","limits.author_unknown_some","cite.title","cite.licence","source.title","source.none","source.untitled","source.publisher","source.author","source.link","source.no_link","source.published","source.retrieved","source.period","source.licence","source.notes","list.separator","unknown","qualifier.gt","qualifier.gte","qualifier.lt","qualifier.lte","qualifier.approx","period.h1","period.h2","period.q1","period.q2","period.q3","period.q4","card.version","card.version_dated","card.licence","card.indicators","card.indicator_id","card.what_is_counted","card.files","card.file","card.size","card.what","card.check","file.workbook.format","file.workbook.label","file.workbook.description","file.csv.format","file.csv.label","file.csv.description","file.excelCsv.format","file.excelCsv.label","file.excelCsv.description","file.json.format","file.json.label","file.json.description","file.datapackage.format","file.datapackage.label","file.datapackage.description","file.jsonld.format","file.jsonld.label","file.jsonld.description","file.card.format","file.card.label","file.card.description","file.chart.format","file.chart.label","file.chart.description","file.sums.format","file.sums.label","file.sums.description","workbook.readme_title","workbook.readme_description","workbook.sheets_title","workbook.sheets_intro","workbook.by_period_description","workbook.dictionary_title","workbook.dictionary_intro","workbook.licence_title","workbook.fact"],"properties":{"page.title":{"$ref":"#/definitions/text"},"page.skip":{"$ref":"#/definitions/text"},"page.footer":{"$ref":"#/definitions/text"},"nav.languages":{"$ref":"#/definitions/text"},"lede.figures":{"$ref":"#/definitions/plural"},"lede.no_figures":{"$ref":"#/definitions/text"},"lede.version":{"$ref":"#/definitions/text"},"download.workbook":{"$ref":"#/definitions/text"},"download.first":{"$ref":"#/definitions/text"},"download.all":{"$ref":"#/definitions/text"},"key.title":{"$ref":"#/definitions/text"},"key.title_none":{"$ref":"#/definitions/text"},"key.none":{"$ref":"#/definitions/text"},"key.change":{"$ref":"#/definitions/text"},"key.change_computed":{"$ref":"#/definitions/text"},"table.title":{"$ref":"#/definitions/text"},"table.caption":{"$ref":"#/definitions/text"},"table.intro":{"$ref":"#/definitions/text"},"table.intro_card":{"$ref":"#/definitions/text"},"table.indicator":{"$ref":"#/definitions/text"},"table.unit":{"$ref":"#/definitions/text"},"table.period":{"$ref":"#/definitions/text"},"table.versus":{"$ref":"#/definitions/text"},"table.no_figure":{"$ref":"#/definitions/text"},"derived.title":{"$ref":"#/definitions/text"},"derived.caption":{"$ref":"#/definitions/text"},"derived.figure":{"$ref":"#/definitions/text"},"derived.value":{"$ref":"#/definitions/text"},"derived.interval":{"$ref":"#/definitions/text"},"derived.method":{"$ref":"#/definitions/text"},"derived.between":{"$ref":"#/definitions/text"},"derived.none":{"$ref":"#/definitions/text"},"derived.rule":{"$ref":"#/definitions/text"},"derived.full_precision":{"$ref":"#/definitions/text"},"chart.title":{"$ref":"#/definitions/text"},"chart.alt":{"$ref":"#/definitions/text"},"chart.caption":{"$ref":"#/definitions/text"},"chart.open":{"$ref":"#/definitions/text"},"quote.title":{"$ref":"#/definitions/text"},"quote.intro":{"$ref":"#/definitions/text"},"quote.limited":{"$ref":"#/definitions/plural"},"quote.period_versus":{"$ref":"#/definitions/text"},"quote.meta":{"$ref":"#/definitions/text"},"files.title":{"$ref":"#/definitions/text"},"files.intro":{"$ref":"#/definitions/text"},"files.none":{"$ref":"#/definitions/text"},"files.other":{"$ref":"#/definitions/text"},"files.checksums":{"$ref":"#/definitions/text"},"files.checksums_intro":{"$ref":"#/definitions/text"},"size.byte":{"$ref":"#/definitions/text"},"size.bytes":{"$ref":"#/definitions/text"},"size.kB":{"$ref":"#/definitions/text"},"size.MB":{"$ref":"#/definitions/text"},"size.GB":{"$ref":"#/definitions/text"},"size.exact":{"$ref":"#/definitions/plural"},"version.title":{"$ref":"#/definitions/text"},"version.changes":{"$ref":"#/definitions/text"},"version.initial":{"$ref":"#/definitions/text"},"version.bump_major":{"$ref":"#/definitions/text"},"version.bump_minor":{"$ref":"#/definitions/text"},"version.bump_patch":{"$ref":"#/definitions/text"},"version.rows_added":{"$ref":"#/definitions/plural"},"version.rows_changed":{"$ref":"#/definitions/plural"},"version.rows_removed":{"$ref":"#/definitions/plural"},"version.earlier_title":{"$ref":"#/definitions/text"},"version.earlier":{"$ref":"#/definitions/plural"},"version.first":{"$ref":"#/definitions/text"},"about.title":{"$ref":"#/definitions/text"},"about.limits":{"$ref":"#/definitions/text"},"coverage.sources":{"$ref":"#/definitions/plural"},"coverage.no_figures":{"$ref":"#/definitions/text"},"coverage.period_one":{"$ref":"#/definitions/text"},"coverage.period_many":{"$ref":"#/definitions/plural"},"coverage.series_none":{"$ref":"#/definitions/text"},"coverage.series":{"$ref":"#/definitions/plural"},"limits.publisher_unknown_all":{"$ref":"#/definitions/plural"},"limits.publisher_unknown_some":{"$ref":"#/definitions/plural"},"limits.author_unknown_all":{"$ref":"#/definitions/plural"},"limits.author_unknown_some":{"$ref":"#/definitions/plural"},"cite.title":{"$ref":"#/definitions/text"},"cite.licence":{"$ref":"#/definitions/text"},"source.title":{"$ref":"#/definitions/plural"},"source.none":{"$ref":"#/definitions/text"},"source.untitled":{"$ref":"#/definitions/text"},"source.publisher":{"$ref":"#/definitions/text"},"source.author":{"$ref":"#/definitions/text"},"source.link":{"$ref":"#/definitions/text"},"source.no_link":{"$ref":"#/definitions/text"},"source.published":{"$ref":"#/definitions/text"},"source.retrieved":{"$ref":"#/definitions/text"},"source.period":{"$ref":"#/definitions/text"},"source.licence":{"$ref":"#/definitions/text"},"source.notes":{"$ref":"#/definitions/text"},"list.separator":{"$ref":"#/definitions/text"},"unknown":{"$ref":"#/definitions/text"},"qualifier.gt":{"$ref":"#/definitions/text"},"qualifier.gte":{"$ref":"#/definitions/text"},"qualifier.lt":{"$ref":"#/definitions/text"},"qualifier.lte":{"$ref":"#/definitions/text"},"qualifier.approx":{"$ref":"#/definitions/text"},"period.h1":{"$ref":"#/definitions/text"},"period.h2":{"$ref":"#/definitions/text"},"period.q1":{"$ref":"#/definitions/text"},"period.q2":{"$ref":"#/definitions/text"},"period.q3":{"$ref":"#/definitions/text"},"period.q4":{"$ref":"#/definitions/text"},"card.version":{"$ref":"#/definitions/text"},"card.version_dated":{"$ref":"#/definitions/text"},"card.licence":{"$ref":"#/definitions/text"},"card.indicators":{"$ref":"#/definitions/text"},"card.indicator_id":{"$ref":"#/definitions/text"},"card.what_is_counted":{"$ref":"#/definitions/text"},"card.files":{"$ref":"#/definitions/text"},"card.file":{"$ref":"#/definitions/text"},"card.size":{"$ref":"#/definitions/text"},"card.what":{"$ref":"#/definitions/text"},"card.check":{"$ref":"#/definitions/text"},"file.workbook.format":{"$ref":"#/definitions/text"},"file.workbook.label":{"$ref":"#/definitions/text"},"file.workbook.description":{"$ref":"#/definitions/text"},"file.csv.format":{"$ref":"#/definitions/text"},"file.csv.label":{"$ref":"#/definitions/text"},"file.csv.description":{"$ref":"#/definitions/text"},"file.excelCsv.format":{"$ref":"#/definitions/text"},"file.excelCsv.label":{"$ref":"#/definitions/text"},"file.excelCsv.description":{"$ref":"#/definitions/text"},"file.json.format":{"$ref":"#/definitions/text"},"file.json.label":{"$ref":"#/definitions/text"},"file.json.description":{"$ref":"#/definitions/text"},"file.datapackage.format":{"$ref":"#/definitions/text"},"file.datapackage.label":{"$ref":"#/definitions/text"},"file.datapackage.description":{"$ref":"#/definitions/text"},"file.jsonld.format":{"$ref":"#/definitions/text"},"file.jsonld.label":{"$ref":"#/definitions/text"},"file.jsonld.description":{"$ref":"#/definitions/text"},"file.card.format":{"$ref":"#/definitions/text"},"file.card.label":{"$ref":"#/definitions/text"},"file.card.description":{"$ref":"#/definitions/text"},"file.chart.format":{"$ref":"#/definitions/text"},"file.chart.label":{"$ref":"#/definitions/text"},"file.chart.description":{"$ref":"#/definitions/text"},"file.sums.format":{"$ref":"#/definitions/text"},"file.sums.label":{"$ref":"#/definitions/text"},"file.sums.description":{"$ref":"#/definitions/text"},"workbook.readme_title":{"$ref":"#/definitions/text"},"workbook.readme_description":{"$ref":"#/definitions/text"},"workbook.sheets_title":{"$ref":"#/definitions/text"},"workbook.sheets_intro":{"$ref":"#/definitions/text"},"workbook.by_period_description":{"$ref":"#/definitions/text"},"workbook.dictionary_title":{"$ref":"#/definitions/text"},"workbook.dictionary_intro":{"$ref":"#/definitions/text"},"workbook.licence_title":{"$ref":"#/definitions/text"},"workbook.fact":{"$ref":"#/definitions/text"}},"definitions":{"text":{"type":"string","minLength":1},"plural":{"description":"One text per CLDR plural category; 'other' is required and stands in for a category not given.","type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}}}};
const schema129 = {"type":"string","minLength":1};
const schema133 = {"description":"One text per CLDR plural category; 'other' is required and stands in for a category not given.","type":"object","additionalProperties":false,"required":["other"],"properties":{"zero":{"type":"string","minLength":1},"one":{"type":"string","minLength":1},"two":{"type":"string","minLength":1},"few":{"type":"string","minLength":1},"many":{"type":"string","minLength":1},"other":{"type":"string","minLength":1}}};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="i18n-messages.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["page.title"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "page.title"},message:"must have required property '"+"page.title"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["page.skip"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "page.skip"},message:"must have required property '"+"page.skip"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["page.footer"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "page.footer"},message:"must have required property '"+"page.footer"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["nav.languages"] === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nav.languages"},message:"must have required property '"+"nav.languages"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data["lede.figures"] === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lede.figures"},message:"must have required property '"+"lede.figures"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data["lede.no_figures"] === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lede.no_figures"},message:"must have required property '"+"lede.no_figures"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data["lede.version"] === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lede.version"},message:"must have required property '"+"lede.version"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data["download.workbook"] === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "download.workbook"},message:"must have required property '"+"download.workbook"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data["download.first"] === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "download.first"},message:"must have required property '"+"download.first"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data["download.all"] === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "download.all"},message:"must have required property '"+"download.all"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data["key.title"] === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key.title"},message:"must have required property '"+"key.title"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data["key.title_none"] === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key.title_none"},message:"must have required property '"+"key.title_none"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data["key.none"] === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key.none"},message:"must have required property '"+"key.none"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data["key.change"] === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key.change"},message:"must have required property '"+"key.change"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data["key.change_computed"] === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key.change_computed"},message:"must have required property '"+"key.change_computed"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data["table.title"] === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.title"},message:"must have required property '"+"table.title"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data["table.caption"] === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.caption"},message:"must have required property '"+"table.caption"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data["table.intro"] === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.intro"},message:"must have required property '"+"table.intro"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data["table.intro_card"] === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.intro_card"},message:"must have required property '"+"table.intro_card"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data["table.indicator"] === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.indicator"},message:"must have required property '"+"table.indicator"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data["table.unit"] === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.unit"},message:"must have required property '"+"table.unit"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data["table.period"] === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.period"},message:"must have required property '"+"table.period"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data["table.versus"] === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.versus"},message:"must have required property '"+"table.versus"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data["table.no_figure"] === undefined){
const err23 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table.no_figure"},message:"must have required property '"+"table.no_figure"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data["derived.title"] === undefined){
const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.title"},message:"must have required property '"+"derived.title"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data["derived.caption"] === undefined){
const err25 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.caption"},message:"must have required property '"+"derived.caption"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data["derived.figure"] === undefined){
const err26 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.figure"},message:"must have required property '"+"derived.figure"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data["derived.value"] === undefined){
const err27 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.value"},message:"must have required property '"+"derived.value"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data["derived.interval"] === undefined){
const err28 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.interval"},message:"must have required property '"+"derived.interval"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data["derived.method"] === undefined){
const err29 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.method"},message:"must have required property '"+"derived.method"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data["derived.between"] === undefined){
const err30 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.between"},message:"must have required property '"+"derived.between"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data["derived.none"] === undefined){
const err31 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.none"},message:"must have required property '"+"derived.none"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data["derived.rule"] === undefined){
const err32 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.rule"},message:"must have required property '"+"derived.rule"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data["derived.full_precision"] === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "derived.full_precision"},message:"must have required property '"+"derived.full_precision"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data["chart.title"] === undefined){
const err34 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chart.title"},message:"must have required property '"+"chart.title"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data["chart.alt"] === undefined){
const err35 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chart.alt"},message:"must have required property '"+"chart.alt"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data["chart.caption"] === undefined){
const err36 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chart.caption"},message:"must have required property '"+"chart.caption"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data["chart.open"] === undefined){
const err37 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chart.open"},message:"must have required property '"+"chart.open"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data["quote.title"] === undefined){
const err38 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote.title"},message:"must have required property '"+"quote.title"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data["quote.intro"] === undefined){
const err39 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote.intro"},message:"must have required property '"+"quote.intro"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data["quote.limited"] === undefined){
const err40 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote.limited"},message:"must have required property '"+"quote.limited"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data["quote.period_versus"] === undefined){
const err41 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote.period_versus"},message:"must have required property '"+"quote.period_versus"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data["quote.meta"] === undefined){
const err42 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote.meta"},message:"must have required property '"+"quote.meta"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data["files.title"] === undefined){
const err43 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files.title"},message:"must have required property '"+"files.title"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data["files.intro"] === undefined){
const err44 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files.intro"},message:"must have required property '"+"files.intro"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data["files.none"] === undefined){
const err45 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files.none"},message:"must have required property '"+"files.none"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data["files.other"] === undefined){
const err46 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files.other"},message:"must have required property '"+"files.other"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data["files.checksums"] === undefined){
const err47 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files.checksums"},message:"must have required property '"+"files.checksums"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data["files.checksums_intro"] === undefined){
const err48 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files.checksums_intro"},message:"must have required property '"+"files.checksums_intro"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data["size.byte"] === undefined){
const err49 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size.byte"},message:"must have required property '"+"size.byte"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data["size.bytes"] === undefined){
const err50 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size.bytes"},message:"must have required property '"+"size.bytes"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data["size.kB"] === undefined){
const err51 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size.kB"},message:"must have required property '"+"size.kB"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data["size.MB"] === undefined){
const err52 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size.MB"},message:"must have required property '"+"size.MB"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data["size.GB"] === undefined){
const err53 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size.GB"},message:"must have required property '"+"size.GB"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data["size.exact"] === undefined){
const err54 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size.exact"},message:"must have required property '"+"size.exact"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data["version.title"] === undefined){
const err55 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.title"},message:"must have required property '"+"version.title"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data["version.changes"] === undefined){
const err56 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.changes"},message:"must have required property '"+"version.changes"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data["version.initial"] === undefined){
const err57 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.initial"},message:"must have required property '"+"version.initial"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data["version.bump_major"] === undefined){
const err58 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.bump_major"},message:"must have required property '"+"version.bump_major"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data["version.bump_minor"] === undefined){
const err59 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.bump_minor"},message:"must have required property '"+"version.bump_minor"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data["version.bump_patch"] === undefined){
const err60 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.bump_patch"},message:"must have required property '"+"version.bump_patch"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data["version.rows_added"] === undefined){
const err61 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.rows_added"},message:"must have required property '"+"version.rows_added"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data["version.rows_changed"] === undefined){
const err62 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.rows_changed"},message:"must have required property '"+"version.rows_changed"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data["version.rows_removed"] === undefined){
const err63 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.rows_removed"},message:"must have required property '"+"version.rows_removed"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data["version.earlier_title"] === undefined){
const err64 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.earlier_title"},message:"must have required property '"+"version.earlier_title"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data["version.earlier"] === undefined){
const err65 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.earlier"},message:"must have required property '"+"version.earlier"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data["version.first"] === undefined){
const err66 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version.first"},message:"must have required property '"+"version.first"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data["about.title"] === undefined){
const err67 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "about.title"},message:"must have required property '"+"about.title"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data["about.limits"] === undefined){
const err68 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "about.limits"},message:"must have required property '"+"about.limits"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data["coverage.sources"] === undefined){
const err69 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage.sources"},message:"must have required property '"+"coverage.sources"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data["coverage.no_figures"] === undefined){
const err70 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage.no_figures"},message:"must have required property '"+"coverage.no_figures"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data["coverage.period_one"] === undefined){
const err71 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage.period_one"},message:"must have required property '"+"coverage.period_one"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data["coverage.period_many"] === undefined){
const err72 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage.period_many"},message:"must have required property '"+"coverage.period_many"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data["coverage.series_none"] === undefined){
const err73 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage.series_none"},message:"must have required property '"+"coverage.series_none"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data["coverage.series"] === undefined){
const err74 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage.series"},message:"must have required property '"+"coverage.series"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data["limits.publisher_unknown_all"] === undefined){
const err75 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limits.publisher_unknown_all"},message:"must have required property '"+"limits.publisher_unknown_all"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data["limits.publisher_unknown_some"] === undefined){
const err76 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limits.publisher_unknown_some"},message:"must have required property '"+"limits.publisher_unknown_some"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data["limits.author_unknown_all"] === undefined){
const err77 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limits.author_unknown_all"},message:"must have required property '"+"limits.author_unknown_all"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data["limits.author_unknown_some"] === undefined){
const err78 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limits.author_unknown_some"},message:"must have required property '"+"limits.author_unknown_some"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data["cite.title"] === undefined){
const err79 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cite.title"},message:"must have required property '"+"cite.title"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data["cite.licence"] === undefined){
const err80 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cite.licence"},message:"must have required property '"+"cite.licence"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data["source.title"] === undefined){
const err81 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.title"},message:"must have required property '"+"source.title"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data["source.none"] === undefined){
const err82 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.none"},message:"must have required property '"+"source.none"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data["source.untitled"] === undefined){
const err83 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.untitled"},message:"must have required property '"+"source.untitled"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data["source.publisher"] === undefined){
const err84 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.publisher"},message:"must have required property '"+"source.publisher"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data["source.author"] === undefined){
const err85 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.author"},message:"must have required property '"+"source.author"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data["source.link"] === undefined){
const err86 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.link"},message:"must have required property '"+"source.link"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data["source.no_link"] === undefined){
const err87 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.no_link"},message:"must have required property '"+"source.no_link"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data["source.published"] === undefined){
const err88 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.published"},message:"must have required property '"+"source.published"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data["source.retrieved"] === undefined){
const err89 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.retrieved"},message:"must have required property '"+"source.retrieved"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data["source.period"] === undefined){
const err90 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.period"},message:"must have required property '"+"source.period"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data["source.licence"] === undefined){
const err91 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.licence"},message:"must have required property '"+"source.licence"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data["source.notes"] === undefined){
const err92 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source.notes"},message:"must have required property '"+"source.notes"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data["list.separator"] === undefined){
const err93 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "list.separator"},message:"must have required property '"+"list.separator"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data.unknown === undefined){
const err94 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unknown"},message:"must have required property '"+"unknown"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data["qualifier.gt"] === undefined){
const err95 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifier.gt"},message:"must have required property '"+"qualifier.gt"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data["qualifier.gte"] === undefined){
const err96 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifier.gte"},message:"must have required property '"+"qualifier.gte"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data["qualifier.lt"] === undefined){
const err97 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifier.lt"},message:"must have required property '"+"qualifier.lt"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data["qualifier.lte"] === undefined){
const err98 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifier.lte"},message:"must have required property '"+"qualifier.lte"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data["qualifier.approx"] === undefined){
const err99 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifier.approx"},message:"must have required property '"+"qualifier.approx"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data["period.h1"] === undefined){
const err100 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period.h1"},message:"must have required property '"+"period.h1"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data["period.h2"] === undefined){
const err101 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period.h2"},message:"must have required property '"+"period.h2"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data["period.q1"] === undefined){
const err102 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period.q1"},message:"must have required property '"+"period.q1"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data["period.q2"] === undefined){
const err103 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period.q2"},message:"must have required property '"+"period.q2"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data["period.q3"] === undefined){
const err104 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period.q3"},message:"must have required property '"+"period.q3"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data["period.q4"] === undefined){
const err105 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period.q4"},message:"must have required property '"+"period.q4"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data["card.version"] === undefined){
const err106 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.version"},message:"must have required property '"+"card.version"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data["card.version_dated"] === undefined){
const err107 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.version_dated"},message:"must have required property '"+"card.version_dated"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data["card.licence"] === undefined){
const err108 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.licence"},message:"must have required property '"+"card.licence"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data["card.indicators"] === undefined){
const err109 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.indicators"},message:"must have required property '"+"card.indicators"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data["card.indicator_id"] === undefined){
const err110 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.indicator_id"},message:"must have required property '"+"card.indicator_id"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data["card.what_is_counted"] === undefined){
const err111 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.what_is_counted"},message:"must have required property '"+"card.what_is_counted"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data["card.files"] === undefined){
const err112 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.files"},message:"must have required property '"+"card.files"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data["card.file"] === undefined){
const err113 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.file"},message:"must have required property '"+"card.file"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data["card.size"] === undefined){
const err114 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.size"},message:"must have required property '"+"card.size"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data["card.what"] === undefined){
const err115 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.what"},message:"must have required property '"+"card.what"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data["card.check"] === undefined){
const err116 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "card.check"},message:"must have required property '"+"card.check"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data["file.workbook.format"] === undefined){
const err117 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.workbook.format"},message:"must have required property '"+"file.workbook.format"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data["file.workbook.label"] === undefined){
const err118 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.workbook.label"},message:"must have required property '"+"file.workbook.label"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data["file.workbook.description"] === undefined){
const err119 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.workbook.description"},message:"must have required property '"+"file.workbook.description"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data["file.csv.format"] === undefined){
const err120 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.csv.format"},message:"must have required property '"+"file.csv.format"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data["file.csv.label"] === undefined){
const err121 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.csv.label"},message:"must have required property '"+"file.csv.label"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data["file.csv.description"] === undefined){
const err122 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.csv.description"},message:"must have required property '"+"file.csv.description"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data["file.excelCsv.format"] === undefined){
const err123 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.excelCsv.format"},message:"must have required property '"+"file.excelCsv.format"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data["file.excelCsv.label"] === undefined){
const err124 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.excelCsv.label"},message:"must have required property '"+"file.excelCsv.label"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data["file.excelCsv.description"] === undefined){
const err125 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.excelCsv.description"},message:"must have required property '"+"file.excelCsv.description"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data["file.json.format"] === undefined){
const err126 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.json.format"},message:"must have required property '"+"file.json.format"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data["file.json.label"] === undefined){
const err127 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.json.label"},message:"must have required property '"+"file.json.label"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data["file.json.description"] === undefined){
const err128 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.json.description"},message:"must have required property '"+"file.json.description"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data["file.datapackage.format"] === undefined){
const err129 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.datapackage.format"},message:"must have required property '"+"file.datapackage.format"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data["file.datapackage.label"] === undefined){
const err130 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.datapackage.label"},message:"must have required property '"+"file.datapackage.label"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data["file.datapackage.description"] === undefined){
const err131 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.datapackage.description"},message:"must have required property '"+"file.datapackage.description"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data["file.jsonld.format"] === undefined){
const err132 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.jsonld.format"},message:"must have required property '"+"file.jsonld.format"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data["file.jsonld.label"] === undefined){
const err133 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.jsonld.label"},message:"must have required property '"+"file.jsonld.label"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data["file.jsonld.description"] === undefined){
const err134 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.jsonld.description"},message:"must have required property '"+"file.jsonld.description"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data["file.card.format"] === undefined){
const err135 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.card.format"},message:"must have required property '"+"file.card.format"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data["file.card.label"] === undefined){
const err136 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.card.label"},message:"must have required property '"+"file.card.label"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data["file.card.description"] === undefined){
const err137 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.card.description"},message:"must have required property '"+"file.card.description"+"'"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data["file.chart.format"] === undefined){
const err138 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.chart.format"},message:"must have required property '"+"file.chart.format"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data["file.chart.label"] === undefined){
const err139 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.chart.label"},message:"must have required property '"+"file.chart.label"+"'"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(data["file.chart.description"] === undefined){
const err140 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.chart.description"},message:"must have required property '"+"file.chart.description"+"'"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data["file.sums.format"] === undefined){
const err141 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.sums.format"},message:"must have required property '"+"file.sums.format"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data["file.sums.label"] === undefined){
const err142 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.sums.label"},message:"must have required property '"+"file.sums.label"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data["file.sums.description"] === undefined){
const err143 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file.sums.description"},message:"must have required property '"+"file.sums.description"+"'"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data["workbook.readme_title"] === undefined){
const err144 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.readme_title"},message:"must have required property '"+"workbook.readme_title"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data["workbook.readme_description"] === undefined){
const err145 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.readme_description"},message:"must have required property '"+"workbook.readme_description"+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(data["workbook.sheets_title"] === undefined){
const err146 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.sheets_title"},message:"must have required property '"+"workbook.sheets_title"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data["workbook.sheets_intro"] === undefined){
const err147 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.sheets_intro"},message:"must have required property '"+"workbook.sheets_intro"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data["workbook.by_period_description"] === undefined){
const err148 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.by_period_description"},message:"must have required property '"+"workbook.by_period_description"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data["workbook.dictionary_title"] === undefined){
const err149 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.dictionary_title"},message:"must have required property '"+"workbook.dictionary_title"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data["workbook.dictionary_intro"] === undefined){
const err150 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.dictionary_intro"},message:"must have required property '"+"workbook.dictionary_intro"+"'"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data["workbook.licence_title"] === undefined){
const err151 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.licence_title"},message:"must have required property '"+"workbook.licence_title"+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data["workbook.fact"] === undefined){
const err152 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workbook.fact"},message:"must have required property '"+"workbook.fact"+"'"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema128.properties, key0))){
const err153 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data["page.title"] !== undefined){
let data0 = data["page.title"];
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err154 = {instancePath:instancePath+"/page.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/page.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data["page.skip"] !== undefined){
let data1 = data["page.skip"];
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err156 = {instancePath:instancePath+"/page.skip",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/page.skip",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data["page.footer"] !== undefined){
let data2 = data["page.footer"];
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err158 = {instancePath:instancePath+"/page.footer",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/page.footer",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data["nav.languages"] !== undefined){
let data3 = data["nav.languages"];
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err160 = {instancePath:instancePath+"/nav.languages",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/nav.languages",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data["lede.figures"] !== undefined){
let data4 = data["lede.figures"];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.other === undefined){
const err162 = {instancePath:instancePath+"/lede.figures",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "zero") || (key1 === "one")) || (key1 === "two")) || (key1 === "few")) || (key1 === "many")) || (key1 === "other"))){
const err163 = {instancePath:instancePath+"/lede.figures",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data4.zero !== undefined){
let data5 = data4.zero;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err164 = {instancePath:instancePath+"/lede.figures/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/lede.figures/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data4.one !== undefined){
let data6 = data4.one;
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err166 = {instancePath:instancePath+"/lede.figures/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/lede.figures/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data4.two !== undefined){
let data7 = data4.two;
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err168 = {instancePath:instancePath+"/lede.figures/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/lede.figures/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data4.few !== undefined){
let data8 = data4.few;
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err170 = {instancePath:instancePath+"/lede.figures/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/lede.figures/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data4.many !== undefined){
let data9 = data4.many;
if(typeof data9 === "string"){
if(func4(data9) < 1){
const err172 = {instancePath:instancePath+"/lede.figures/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/lede.figures/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data4.other !== undefined){
let data10 = data4.other;
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err174 = {instancePath:instancePath+"/lede.figures/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/lede.figures/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
else {
const err176 = {instancePath:instancePath+"/lede.figures",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data["lede.no_figures"] !== undefined){
let data11 = data["lede.no_figures"];
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err177 = {instancePath:instancePath+"/lede.no_figures",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/lede.no_figures",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data["lede.version"] !== undefined){
let data12 = data["lede.version"];
if(typeof data12 === "string"){
if(func4(data12) < 1){
const err179 = {instancePath:instancePath+"/lede.version",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/lede.version",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data["download.workbook"] !== undefined){
let data13 = data["download.workbook"];
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err181 = {instancePath:instancePath+"/download.workbook",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/download.workbook",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data["download.first"] !== undefined){
let data14 = data["download.first"];
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err183 = {instancePath:instancePath+"/download.first",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/download.first",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data["download.all"] !== undefined){
let data15 = data["download.all"];
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err185 = {instancePath:instancePath+"/download.all",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
else {
const err186 = {instancePath:instancePath+"/download.all",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data["key.title"] !== undefined){
let data16 = data["key.title"];
if(typeof data16 === "string"){
if(func4(data16) < 1){
const err187 = {instancePath:instancePath+"/key.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/key.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data["key.title_none"] !== undefined){
let data17 = data["key.title_none"];
if(typeof data17 === "string"){
if(func4(data17) < 1){
const err189 = {instancePath:instancePath+"/key.title_none",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/key.title_none",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data["key.none"] !== undefined){
let data18 = data["key.none"];
if(typeof data18 === "string"){
if(func4(data18) < 1){
const err191 = {instancePath:instancePath+"/key.none",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/key.none",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data["key.change"] !== undefined){
let data19 = data["key.change"];
if(typeof data19 === "string"){
if(func4(data19) < 1){
const err193 = {instancePath:instancePath+"/key.change",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/key.change",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data["key.change_computed"] !== undefined){
let data20 = data["key.change_computed"];
if(typeof data20 === "string"){
if(func4(data20) < 1){
const err195 = {instancePath:instancePath+"/key.change_computed",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/key.change_computed",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data["table.title"] !== undefined){
let data21 = data["table.title"];
if(typeof data21 === "string"){
if(func4(data21) < 1){
const err197 = {instancePath:instancePath+"/table.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
else {
const err198 = {instancePath:instancePath+"/table.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data["table.caption"] !== undefined){
let data22 = data["table.caption"];
if(typeof data22 === "string"){
if(func4(data22) < 1){
const err199 = {instancePath:instancePath+"/table.caption",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/table.caption",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data["table.intro"] !== undefined){
let data23 = data["table.intro"];
if(typeof data23 === "string"){
if(func4(data23) < 1){
const err201 = {instancePath:instancePath+"/table.intro",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/table.intro",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data["table.intro_card"] !== undefined){
let data24 = data["table.intro_card"];
if(typeof data24 === "string"){
if(func4(data24) < 1){
const err203 = {instancePath:instancePath+"/table.intro_card",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/table.intro_card",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data["table.indicator"] !== undefined){
let data25 = data["table.indicator"];
if(typeof data25 === "string"){
if(func4(data25) < 1){
const err205 = {instancePath:instancePath+"/table.indicator",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/table.indicator",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data["table.unit"] !== undefined){
let data26 = data["table.unit"];
if(typeof data26 === "string"){
if(func4(data26) < 1){
const err207 = {instancePath:instancePath+"/table.unit",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/table.unit",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data["table.period"] !== undefined){
let data27 = data["table.period"];
if(typeof data27 === "string"){
if(func4(data27) < 1){
const err209 = {instancePath:instancePath+"/table.period",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/table.period",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data["table.versus"] !== undefined){
let data28 = data["table.versus"];
if(typeof data28 === "string"){
if(func4(data28) < 1){
const err211 = {instancePath:instancePath+"/table.versus",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/table.versus",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data["table.no_figure"] !== undefined){
let data29 = data["table.no_figure"];
if(typeof data29 === "string"){
if(func4(data29) < 1){
const err213 = {instancePath:instancePath+"/table.no_figure",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/table.no_figure",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data["derived.title"] !== undefined){
let data30 = data["derived.title"];
if(typeof data30 === "string"){
if(func4(data30) < 1){
const err215 = {instancePath:instancePath+"/derived.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
else {
const err216 = {instancePath:instancePath+"/derived.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data["derived.caption"] !== undefined){
let data31 = data["derived.caption"];
if(typeof data31 === "string"){
if(func4(data31) < 1){
const err217 = {instancePath:instancePath+"/derived.caption",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/derived.caption",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data["derived.figure"] !== undefined){
let data32 = data["derived.figure"];
if(typeof data32 === "string"){
if(func4(data32) < 1){
const err219 = {instancePath:instancePath+"/derived.figure",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
else {
const err220 = {instancePath:instancePath+"/derived.figure",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data["derived.value"] !== undefined){
let data33 = data["derived.value"];
if(typeof data33 === "string"){
if(func4(data33) < 1){
const err221 = {instancePath:instancePath+"/derived.value",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
else {
const err222 = {instancePath:instancePath+"/derived.value",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data["derived.interval"] !== undefined){
let data34 = data["derived.interval"];
if(typeof data34 === "string"){
if(func4(data34) < 1){
const err223 = {instancePath:instancePath+"/derived.interval",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/derived.interval",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data["derived.method"] !== undefined){
let data35 = data["derived.method"];
if(typeof data35 === "string"){
if(func4(data35) < 1){
const err225 = {instancePath:instancePath+"/derived.method",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/derived.method",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data["derived.between"] !== undefined){
let data36 = data["derived.between"];
if(typeof data36 === "string"){
if(func4(data36) < 1){
const err227 = {instancePath:instancePath+"/derived.between",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
else {
const err228 = {instancePath:instancePath+"/derived.between",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data["derived.none"] !== undefined){
let data37 = data["derived.none"];
if(typeof data37 === "string"){
if(func4(data37) < 1){
const err229 = {instancePath:instancePath+"/derived.none",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
else {
const err230 = {instancePath:instancePath+"/derived.none",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data["derived.rule"] !== undefined){
let data38 = data["derived.rule"];
if(typeof data38 === "string"){
if(func4(data38) < 1){
const err231 = {instancePath:instancePath+"/derived.rule",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
else {
const err232 = {instancePath:instancePath+"/derived.rule",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data["derived.full_precision"] !== undefined){
let data39 = data["derived.full_precision"];
if(typeof data39 === "string"){
if(func4(data39) < 1){
const err233 = {instancePath:instancePath+"/derived.full_precision",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
else {
const err234 = {instancePath:instancePath+"/derived.full_precision",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data["chart.title"] !== undefined){
let data40 = data["chart.title"];
if(typeof data40 === "string"){
if(func4(data40) < 1){
const err235 = {instancePath:instancePath+"/chart.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/chart.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data["chart.alt"] !== undefined){
let data41 = data["chart.alt"];
if(typeof data41 === "string"){
if(func4(data41) < 1){
const err237 = {instancePath:instancePath+"/chart.alt",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
else {
const err238 = {instancePath:instancePath+"/chart.alt",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data["chart.caption"] !== undefined){
let data42 = data["chart.caption"];
if(typeof data42 === "string"){
if(func4(data42) < 1){
const err239 = {instancePath:instancePath+"/chart.caption",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/chart.caption",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data["chart.open"] !== undefined){
let data43 = data["chart.open"];
if(typeof data43 === "string"){
if(func4(data43) < 1){
const err241 = {instancePath:instancePath+"/chart.open",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
else {
const err242 = {instancePath:instancePath+"/chart.open",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data["quote.title"] !== undefined){
let data44 = data["quote.title"];
if(typeof data44 === "string"){
if(func4(data44) < 1){
const err243 = {instancePath:instancePath+"/quote.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
else {
const err244 = {instancePath:instancePath+"/quote.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data["quote.intro"] !== undefined){
let data45 = data["quote.intro"];
if(typeof data45 === "string"){
if(func4(data45) < 1){
const err245 = {instancePath:instancePath+"/quote.intro",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/quote.intro",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data["quote.limited"] !== undefined){
let data46 = data["quote.limited"];
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.other === undefined){
const err247 = {instancePath:instancePath+"/quote.limited",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
for(const key2 in data46){
if(!((((((key2 === "zero") || (key2 === "one")) || (key2 === "two")) || (key2 === "few")) || (key2 === "many")) || (key2 === "other"))){
const err248 = {instancePath:instancePath+"/quote.limited",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data46.zero !== undefined){
let data47 = data46.zero;
if(typeof data47 === "string"){
if(func4(data47) < 1){
const err249 = {instancePath:instancePath+"/quote.limited/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
else {
const err250 = {instancePath:instancePath+"/quote.limited/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data46.one !== undefined){
let data48 = data46.one;
if(typeof data48 === "string"){
if(func4(data48) < 1){
const err251 = {instancePath:instancePath+"/quote.limited/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/quote.limited/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data46.two !== undefined){
let data49 = data46.two;
if(typeof data49 === "string"){
if(func4(data49) < 1){
const err253 = {instancePath:instancePath+"/quote.limited/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/quote.limited/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data46.few !== undefined){
let data50 = data46.few;
if(typeof data50 === "string"){
if(func4(data50) < 1){
const err255 = {instancePath:instancePath+"/quote.limited/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
else {
const err256 = {instancePath:instancePath+"/quote.limited/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data46.many !== undefined){
let data51 = data46.many;
if(typeof data51 === "string"){
if(func4(data51) < 1){
const err257 = {instancePath:instancePath+"/quote.limited/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/quote.limited/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data46.other !== undefined){
let data52 = data46.other;
if(typeof data52 === "string"){
if(func4(data52) < 1){
const err259 = {instancePath:instancePath+"/quote.limited/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/quote.limited/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
else {
const err261 = {instancePath:instancePath+"/quote.limited",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data["quote.period_versus"] !== undefined){
let data53 = data["quote.period_versus"];
if(typeof data53 === "string"){
if(func4(data53) < 1){
const err262 = {instancePath:instancePath+"/quote.period_versus",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/quote.period_versus",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data["quote.meta"] !== undefined){
let data54 = data["quote.meta"];
if(typeof data54 === "string"){
if(func4(data54) < 1){
const err264 = {instancePath:instancePath+"/quote.meta",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
else {
const err265 = {instancePath:instancePath+"/quote.meta",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data["files.title"] !== undefined){
let data55 = data["files.title"];
if(typeof data55 === "string"){
if(func4(data55) < 1){
const err266 = {instancePath:instancePath+"/files.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/files.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data["files.intro"] !== undefined){
let data56 = data["files.intro"];
if(typeof data56 === "string"){
if(func4(data56) < 1){
const err268 = {instancePath:instancePath+"/files.intro",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
else {
const err269 = {instancePath:instancePath+"/files.intro",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data["files.none"] !== undefined){
let data57 = data["files.none"];
if(typeof data57 === "string"){
if(func4(data57) < 1){
const err270 = {instancePath:instancePath+"/files.none",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/files.none",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data["files.other"] !== undefined){
let data58 = data["files.other"];
if(typeof data58 === "string"){
if(func4(data58) < 1){
const err272 = {instancePath:instancePath+"/files.other",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
else {
const err273 = {instancePath:instancePath+"/files.other",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data["files.checksums"] !== undefined){
let data59 = data["files.checksums"];
if(typeof data59 === "string"){
if(func4(data59) < 1){
const err274 = {instancePath:instancePath+"/files.checksums",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
else {
const err275 = {instancePath:instancePath+"/files.checksums",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data["files.checksums_intro"] !== undefined){
let data60 = data["files.checksums_intro"];
if(typeof data60 === "string"){
if(func4(data60) < 1){
const err276 = {instancePath:instancePath+"/files.checksums_intro",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
else {
const err277 = {instancePath:instancePath+"/files.checksums_intro",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data["size.byte"] !== undefined){
let data61 = data["size.byte"];
if(typeof data61 === "string"){
if(func4(data61) < 1){
const err278 = {instancePath:instancePath+"/size.byte",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
else {
const err279 = {instancePath:instancePath+"/size.byte",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data["size.bytes"] !== undefined){
let data62 = data["size.bytes"];
if(typeof data62 === "string"){
if(func4(data62) < 1){
const err280 = {instancePath:instancePath+"/size.bytes",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/size.bytes",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data["size.kB"] !== undefined){
let data63 = data["size.kB"];
if(typeof data63 === "string"){
if(func4(data63) < 1){
const err282 = {instancePath:instancePath+"/size.kB",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/size.kB",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data["size.MB"] !== undefined){
let data64 = data["size.MB"];
if(typeof data64 === "string"){
if(func4(data64) < 1){
const err284 = {instancePath:instancePath+"/size.MB",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
else {
const err285 = {instancePath:instancePath+"/size.MB",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data["size.GB"] !== undefined){
let data65 = data["size.GB"];
if(typeof data65 === "string"){
if(func4(data65) < 1){
const err286 = {instancePath:instancePath+"/size.GB",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/size.GB",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data["size.exact"] !== undefined){
let data66 = data["size.exact"];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.other === undefined){
const err288 = {instancePath:instancePath+"/size.exact",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
for(const key3 in data66){
if(!((((((key3 === "zero") || (key3 === "one")) || (key3 === "two")) || (key3 === "few")) || (key3 === "many")) || (key3 === "other"))){
const err289 = {instancePath:instancePath+"/size.exact",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data66.zero !== undefined){
let data67 = data66.zero;
if(typeof data67 === "string"){
if(func4(data67) < 1){
const err290 = {instancePath:instancePath+"/size.exact/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/size.exact/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data66.one !== undefined){
let data68 = data66.one;
if(typeof data68 === "string"){
if(func4(data68) < 1){
const err292 = {instancePath:instancePath+"/size.exact/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
else {
const err293 = {instancePath:instancePath+"/size.exact/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data66.two !== undefined){
let data69 = data66.two;
if(typeof data69 === "string"){
if(func4(data69) < 1){
const err294 = {instancePath:instancePath+"/size.exact/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/size.exact/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data66.few !== undefined){
let data70 = data66.few;
if(typeof data70 === "string"){
if(func4(data70) < 1){
const err296 = {instancePath:instancePath+"/size.exact/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/size.exact/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data66.many !== undefined){
let data71 = data66.many;
if(typeof data71 === "string"){
if(func4(data71) < 1){
const err298 = {instancePath:instancePath+"/size.exact/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
else {
const err299 = {instancePath:instancePath+"/size.exact/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data66.other !== undefined){
let data72 = data66.other;
if(typeof data72 === "string"){
if(func4(data72) < 1){
const err300 = {instancePath:instancePath+"/size.exact/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
else {
const err301 = {instancePath:instancePath+"/size.exact/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
else {
const err302 = {instancePath:instancePath+"/size.exact",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data["version.title"] !== undefined){
let data73 = data["version.title"];
if(typeof data73 === "string"){
if(func4(data73) < 1){
const err303 = {instancePath:instancePath+"/version.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
else {
const err304 = {instancePath:instancePath+"/version.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data["version.changes"] !== undefined){
let data74 = data["version.changes"];
if(typeof data74 === "string"){
if(func4(data74) < 1){
const err305 = {instancePath:instancePath+"/version.changes",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/version.changes",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data["version.initial"] !== undefined){
let data75 = data["version.initial"];
if(typeof data75 === "string"){
if(func4(data75) < 1){
const err307 = {instancePath:instancePath+"/version.initial",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
else {
const err308 = {instancePath:instancePath+"/version.initial",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data["version.bump_major"] !== undefined){
let data76 = data["version.bump_major"];
if(typeof data76 === "string"){
if(func4(data76) < 1){
const err309 = {instancePath:instancePath+"/version.bump_major",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
else {
const err310 = {instancePath:instancePath+"/version.bump_major",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data["version.bump_minor"] !== undefined){
let data77 = data["version.bump_minor"];
if(typeof data77 === "string"){
if(func4(data77) < 1){
const err311 = {instancePath:instancePath+"/version.bump_minor",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
else {
const err312 = {instancePath:instancePath+"/version.bump_minor",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
if(data["version.bump_patch"] !== undefined){
let data78 = data["version.bump_patch"];
if(typeof data78 === "string"){
if(func4(data78) < 1){
const err313 = {instancePath:instancePath+"/version.bump_patch",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
else {
const err314 = {instancePath:instancePath+"/version.bump_patch",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data["version.rows_added"] !== undefined){
let data79 = data["version.rows_added"];
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.other === undefined){
const err315 = {instancePath:instancePath+"/version.rows_added",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
for(const key4 in data79){
if(!((((((key4 === "zero") || (key4 === "one")) || (key4 === "two")) || (key4 === "few")) || (key4 === "many")) || (key4 === "other"))){
const err316 = {instancePath:instancePath+"/version.rows_added",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data79.zero !== undefined){
let data80 = data79.zero;
if(typeof data80 === "string"){
if(func4(data80) < 1){
const err317 = {instancePath:instancePath+"/version.rows_added/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
else {
const err318 = {instancePath:instancePath+"/version.rows_added/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data79.one !== undefined){
let data81 = data79.one;
if(typeof data81 === "string"){
if(func4(data81) < 1){
const err319 = {instancePath:instancePath+"/version.rows_added/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
else {
const err320 = {instancePath:instancePath+"/version.rows_added/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
if(data79.two !== undefined){
let data82 = data79.two;
if(typeof data82 === "string"){
if(func4(data82) < 1){
const err321 = {instancePath:instancePath+"/version.rows_added/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
else {
const err322 = {instancePath:instancePath+"/version.rows_added/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data79.few !== undefined){
let data83 = data79.few;
if(typeof data83 === "string"){
if(func4(data83) < 1){
const err323 = {instancePath:instancePath+"/version.rows_added/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/version.rows_added/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data79.many !== undefined){
let data84 = data79.many;
if(typeof data84 === "string"){
if(func4(data84) < 1){
const err325 = {instancePath:instancePath+"/version.rows_added/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
else {
const err326 = {instancePath:instancePath+"/version.rows_added/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data79.other !== undefined){
let data85 = data79.other;
if(typeof data85 === "string"){
if(func4(data85) < 1){
const err327 = {instancePath:instancePath+"/version.rows_added/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/version.rows_added/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
}
else {
const err329 = {instancePath:instancePath+"/version.rows_added",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data["version.rows_changed"] !== undefined){
let data86 = data["version.rows_changed"];
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.other === undefined){
const err330 = {instancePath:instancePath+"/version.rows_changed",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
for(const key5 in data86){
if(!((((((key5 === "zero") || (key5 === "one")) || (key5 === "two")) || (key5 === "few")) || (key5 === "many")) || (key5 === "other"))){
const err331 = {instancePath:instancePath+"/version.rows_changed",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data86.zero !== undefined){
let data87 = data86.zero;
if(typeof data87 === "string"){
if(func4(data87) < 1){
const err332 = {instancePath:instancePath+"/version.rows_changed/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/version.rows_changed/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
if(data86.one !== undefined){
let data88 = data86.one;
if(typeof data88 === "string"){
if(func4(data88) < 1){
const err334 = {instancePath:instancePath+"/version.rows_changed/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else {
const err335 = {instancePath:instancePath+"/version.rows_changed/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
if(data86.two !== undefined){
let data89 = data86.two;
if(typeof data89 === "string"){
if(func4(data89) < 1){
const err336 = {instancePath:instancePath+"/version.rows_changed/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
else {
const err337 = {instancePath:instancePath+"/version.rows_changed/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data86.few !== undefined){
let data90 = data86.few;
if(typeof data90 === "string"){
if(func4(data90) < 1){
const err338 = {instancePath:instancePath+"/version.rows_changed/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
else {
const err339 = {instancePath:instancePath+"/version.rows_changed/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data86.many !== undefined){
let data91 = data86.many;
if(typeof data91 === "string"){
if(func4(data91) < 1){
const err340 = {instancePath:instancePath+"/version.rows_changed/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
else {
const err341 = {instancePath:instancePath+"/version.rows_changed/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data86.other !== undefined){
let data92 = data86.other;
if(typeof data92 === "string"){
if(func4(data92) < 1){
const err342 = {instancePath:instancePath+"/version.rows_changed/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/version.rows_changed/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
}
else {
const err344 = {instancePath:instancePath+"/version.rows_changed",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
if(data["version.rows_removed"] !== undefined){
let data93 = data["version.rows_removed"];
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.other === undefined){
const err345 = {instancePath:instancePath+"/version.rows_removed",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
for(const key6 in data93){
if(!((((((key6 === "zero") || (key6 === "one")) || (key6 === "two")) || (key6 === "few")) || (key6 === "many")) || (key6 === "other"))){
const err346 = {instancePath:instancePath+"/version.rows_removed",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data93.zero !== undefined){
let data94 = data93.zero;
if(typeof data94 === "string"){
if(func4(data94) < 1){
const err347 = {instancePath:instancePath+"/version.rows_removed/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
else {
const err348 = {instancePath:instancePath+"/version.rows_removed/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data93.one !== undefined){
let data95 = data93.one;
if(typeof data95 === "string"){
if(func4(data95) < 1){
const err349 = {instancePath:instancePath+"/version.rows_removed/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
else {
const err350 = {instancePath:instancePath+"/version.rows_removed/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data93.two !== undefined){
let data96 = data93.two;
if(typeof data96 === "string"){
if(func4(data96) < 1){
const err351 = {instancePath:instancePath+"/version.rows_removed/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
else {
const err352 = {instancePath:instancePath+"/version.rows_removed/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data93.few !== undefined){
let data97 = data93.few;
if(typeof data97 === "string"){
if(func4(data97) < 1){
const err353 = {instancePath:instancePath+"/version.rows_removed/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
else {
const err354 = {instancePath:instancePath+"/version.rows_removed/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data93.many !== undefined){
let data98 = data93.many;
if(typeof data98 === "string"){
if(func4(data98) < 1){
const err355 = {instancePath:instancePath+"/version.rows_removed/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
else {
const err356 = {instancePath:instancePath+"/version.rows_removed/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data93.other !== undefined){
let data99 = data93.other;
if(typeof data99 === "string"){
if(func4(data99) < 1){
const err357 = {instancePath:instancePath+"/version.rows_removed/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
else {
const err358 = {instancePath:instancePath+"/version.rows_removed/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/version.rows_removed",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data["version.earlier_title"] !== undefined){
let data100 = data["version.earlier_title"];
if(typeof data100 === "string"){
if(func4(data100) < 1){
const err360 = {instancePath:instancePath+"/version.earlier_title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/version.earlier_title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data["version.earlier"] !== undefined){
let data101 = data["version.earlier"];
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.other === undefined){
const err362 = {instancePath:instancePath+"/version.earlier",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
for(const key7 in data101){
if(!((((((key7 === "zero") || (key7 === "one")) || (key7 === "two")) || (key7 === "few")) || (key7 === "many")) || (key7 === "other"))){
const err363 = {instancePath:instancePath+"/version.earlier",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data101.zero !== undefined){
let data102 = data101.zero;
if(typeof data102 === "string"){
if(func4(data102) < 1){
const err364 = {instancePath:instancePath+"/version.earlier/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
else {
const err365 = {instancePath:instancePath+"/version.earlier/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data101.one !== undefined){
let data103 = data101.one;
if(typeof data103 === "string"){
if(func4(data103) < 1){
const err366 = {instancePath:instancePath+"/version.earlier/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
else {
const err367 = {instancePath:instancePath+"/version.earlier/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data101.two !== undefined){
let data104 = data101.two;
if(typeof data104 === "string"){
if(func4(data104) < 1){
const err368 = {instancePath:instancePath+"/version.earlier/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
else {
const err369 = {instancePath:instancePath+"/version.earlier/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data101.few !== undefined){
let data105 = data101.few;
if(typeof data105 === "string"){
if(func4(data105) < 1){
const err370 = {instancePath:instancePath+"/version.earlier/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
else {
const err371 = {instancePath:instancePath+"/version.earlier/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data101.many !== undefined){
let data106 = data101.many;
if(typeof data106 === "string"){
if(func4(data106) < 1){
const err372 = {instancePath:instancePath+"/version.earlier/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
else {
const err373 = {instancePath:instancePath+"/version.earlier/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data101.other !== undefined){
let data107 = data101.other;
if(typeof data107 === "string"){
if(func4(data107) < 1){
const err374 = {instancePath:instancePath+"/version.earlier/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
else {
const err375 = {instancePath:instancePath+"/version.earlier/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
}
else {
const err376 = {instancePath:instancePath+"/version.earlier",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data["version.first"] !== undefined){
let data108 = data["version.first"];
if(typeof data108 === "string"){
if(func4(data108) < 1){
const err377 = {instancePath:instancePath+"/version.first",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
else {
const err378 = {instancePath:instancePath+"/version.first",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data["about.title"] !== undefined){
let data109 = data["about.title"];
if(typeof data109 === "string"){
if(func4(data109) < 1){
const err379 = {instancePath:instancePath+"/about.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
else {
const err380 = {instancePath:instancePath+"/about.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
if(data["about.limits"] !== undefined){
let data110 = data["about.limits"];
if(typeof data110 === "string"){
if(func4(data110) < 1){
const err381 = {instancePath:instancePath+"/about.limits",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
else {
const err382 = {instancePath:instancePath+"/about.limits",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data["coverage.sources"] !== undefined){
let data111 = data["coverage.sources"];
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.other === undefined){
const err383 = {instancePath:instancePath+"/coverage.sources",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
for(const key8 in data111){
if(!((((((key8 === "zero") || (key8 === "one")) || (key8 === "two")) || (key8 === "few")) || (key8 === "many")) || (key8 === "other"))){
const err384 = {instancePath:instancePath+"/coverage.sources",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data111.zero !== undefined){
let data112 = data111.zero;
if(typeof data112 === "string"){
if(func4(data112) < 1){
const err385 = {instancePath:instancePath+"/coverage.sources/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
else {
const err386 = {instancePath:instancePath+"/coverage.sources/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data111.one !== undefined){
let data113 = data111.one;
if(typeof data113 === "string"){
if(func4(data113) < 1){
const err387 = {instancePath:instancePath+"/coverage.sources/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
else {
const err388 = {instancePath:instancePath+"/coverage.sources/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data111.two !== undefined){
let data114 = data111.two;
if(typeof data114 === "string"){
if(func4(data114) < 1){
const err389 = {instancePath:instancePath+"/coverage.sources/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
else {
const err390 = {instancePath:instancePath+"/coverage.sources/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
if(data111.few !== undefined){
let data115 = data111.few;
if(typeof data115 === "string"){
if(func4(data115) < 1){
const err391 = {instancePath:instancePath+"/coverage.sources/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
else {
const err392 = {instancePath:instancePath+"/coverage.sources/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data111.many !== undefined){
let data116 = data111.many;
if(typeof data116 === "string"){
if(func4(data116) < 1){
const err393 = {instancePath:instancePath+"/coverage.sources/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
else {
const err394 = {instancePath:instancePath+"/coverage.sources/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data111.other !== undefined){
let data117 = data111.other;
if(typeof data117 === "string"){
if(func4(data117) < 1){
const err395 = {instancePath:instancePath+"/coverage.sources/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
else {
const err396 = {instancePath:instancePath+"/coverage.sources/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
}
else {
const err397 = {instancePath:instancePath+"/coverage.sources",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data["coverage.no_figures"] !== undefined){
let data118 = data["coverage.no_figures"];
if(typeof data118 === "string"){
if(func4(data118) < 1){
const err398 = {instancePath:instancePath+"/coverage.no_figures",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
else {
const err399 = {instancePath:instancePath+"/coverage.no_figures",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data["coverage.period_one"] !== undefined){
let data119 = data["coverage.period_one"];
if(typeof data119 === "string"){
if(func4(data119) < 1){
const err400 = {instancePath:instancePath+"/coverage.period_one",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
else {
const err401 = {instancePath:instancePath+"/coverage.period_one",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
if(data["coverage.period_many"] !== undefined){
let data120 = data["coverage.period_many"];
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
if(data120.other === undefined){
const err402 = {instancePath:instancePath+"/coverage.period_many",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
for(const key9 in data120){
if(!((((((key9 === "zero") || (key9 === "one")) || (key9 === "two")) || (key9 === "few")) || (key9 === "many")) || (key9 === "other"))){
const err403 = {instancePath:instancePath+"/coverage.period_many",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data120.zero !== undefined){
let data121 = data120.zero;
if(typeof data121 === "string"){
if(func4(data121) < 1){
const err404 = {instancePath:instancePath+"/coverage.period_many/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
else {
const err405 = {instancePath:instancePath+"/coverage.period_many/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
if(data120.one !== undefined){
let data122 = data120.one;
if(typeof data122 === "string"){
if(func4(data122) < 1){
const err406 = {instancePath:instancePath+"/coverage.period_many/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
else {
const err407 = {instancePath:instancePath+"/coverage.period_many/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data120.two !== undefined){
let data123 = data120.two;
if(typeof data123 === "string"){
if(func4(data123) < 1){
const err408 = {instancePath:instancePath+"/coverage.period_many/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
else {
const err409 = {instancePath:instancePath+"/coverage.period_many/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data120.few !== undefined){
let data124 = data120.few;
if(typeof data124 === "string"){
if(func4(data124) < 1){
const err410 = {instancePath:instancePath+"/coverage.period_many/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
else {
const err411 = {instancePath:instancePath+"/coverage.period_many/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data120.many !== undefined){
let data125 = data120.many;
if(typeof data125 === "string"){
if(func4(data125) < 1){
const err412 = {instancePath:instancePath+"/coverage.period_many/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
else {
const err413 = {instancePath:instancePath+"/coverage.period_many/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data120.other !== undefined){
let data126 = data120.other;
if(typeof data126 === "string"){
if(func4(data126) < 1){
const err414 = {instancePath:instancePath+"/coverage.period_many/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
else {
const err415 = {instancePath:instancePath+"/coverage.period_many/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
}
else {
const err416 = {instancePath:instancePath+"/coverage.period_many",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
if(data["coverage.series_none"] !== undefined){
let data127 = data["coverage.series_none"];
if(typeof data127 === "string"){
if(func4(data127) < 1){
const err417 = {instancePath:instancePath+"/coverage.series_none",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
else {
const err418 = {instancePath:instancePath+"/coverage.series_none",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data["coverage.series"] !== undefined){
let data128 = data["coverage.series"];
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
if(data128.other === undefined){
const err419 = {instancePath:instancePath+"/coverage.series",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
for(const key10 in data128){
if(!((((((key10 === "zero") || (key10 === "one")) || (key10 === "two")) || (key10 === "few")) || (key10 === "many")) || (key10 === "other"))){
const err420 = {instancePath:instancePath+"/coverage.series",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
if(data128.zero !== undefined){
let data129 = data128.zero;
if(typeof data129 === "string"){
if(func4(data129) < 1){
const err421 = {instancePath:instancePath+"/coverage.series/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
else {
const err422 = {instancePath:instancePath+"/coverage.series/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
if(data128.one !== undefined){
let data130 = data128.one;
if(typeof data130 === "string"){
if(func4(data130) < 1){
const err423 = {instancePath:instancePath+"/coverage.series/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
else {
const err424 = {instancePath:instancePath+"/coverage.series/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data128.two !== undefined){
let data131 = data128.two;
if(typeof data131 === "string"){
if(func4(data131) < 1){
const err425 = {instancePath:instancePath+"/coverage.series/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
else {
const err426 = {instancePath:instancePath+"/coverage.series/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
if(data128.few !== undefined){
let data132 = data128.few;
if(typeof data132 === "string"){
if(func4(data132) < 1){
const err427 = {instancePath:instancePath+"/coverage.series/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
else {
const err428 = {instancePath:instancePath+"/coverage.series/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
if(data128.many !== undefined){
let data133 = data128.many;
if(typeof data133 === "string"){
if(func4(data133) < 1){
const err429 = {instancePath:instancePath+"/coverage.series/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
else {
const err430 = {instancePath:instancePath+"/coverage.series/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data128.other !== undefined){
let data134 = data128.other;
if(typeof data134 === "string"){
if(func4(data134) < 1){
const err431 = {instancePath:instancePath+"/coverage.series/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
else {
const err432 = {instancePath:instancePath+"/coverage.series/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
}
else {
const err433 = {instancePath:instancePath+"/coverage.series",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
if(data["limits.publisher_unknown_all"] !== undefined){
let data135 = data["limits.publisher_unknown_all"];
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
if(data135.other === undefined){
const err434 = {instancePath:instancePath+"/limits.publisher_unknown_all",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
for(const key11 in data135){
if(!((((((key11 === "zero") || (key11 === "one")) || (key11 === "two")) || (key11 === "few")) || (key11 === "many")) || (key11 === "other"))){
const err435 = {instancePath:instancePath+"/limits.publisher_unknown_all",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data135.zero !== undefined){
let data136 = data135.zero;
if(typeof data136 === "string"){
if(func4(data136) < 1){
const err436 = {instancePath:instancePath+"/limits.publisher_unknown_all/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
else {
const err437 = {instancePath:instancePath+"/limits.publisher_unknown_all/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data135.one !== undefined){
let data137 = data135.one;
if(typeof data137 === "string"){
if(func4(data137) < 1){
const err438 = {instancePath:instancePath+"/limits.publisher_unknown_all/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
else {
const err439 = {instancePath:instancePath+"/limits.publisher_unknown_all/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data135.two !== undefined){
let data138 = data135.two;
if(typeof data138 === "string"){
if(func4(data138) < 1){
const err440 = {instancePath:instancePath+"/limits.publisher_unknown_all/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
else {
const err441 = {instancePath:instancePath+"/limits.publisher_unknown_all/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
if(data135.few !== undefined){
let data139 = data135.few;
if(typeof data139 === "string"){
if(func4(data139) < 1){
const err442 = {instancePath:instancePath+"/limits.publisher_unknown_all/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
else {
const err443 = {instancePath:instancePath+"/limits.publisher_unknown_all/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data135.many !== undefined){
let data140 = data135.many;
if(typeof data140 === "string"){
if(func4(data140) < 1){
const err444 = {instancePath:instancePath+"/limits.publisher_unknown_all/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
else {
const err445 = {instancePath:instancePath+"/limits.publisher_unknown_all/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data135.other !== undefined){
let data141 = data135.other;
if(typeof data141 === "string"){
if(func4(data141) < 1){
const err446 = {instancePath:instancePath+"/limits.publisher_unknown_all/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
else {
const err447 = {instancePath:instancePath+"/limits.publisher_unknown_all/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
}
else {
const err448 = {instancePath:instancePath+"/limits.publisher_unknown_all",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
if(data["limits.publisher_unknown_some"] !== undefined){
let data142 = data["limits.publisher_unknown_some"];
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
if(data142.other === undefined){
const err449 = {instancePath:instancePath+"/limits.publisher_unknown_some",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
for(const key12 in data142){
if(!((((((key12 === "zero") || (key12 === "one")) || (key12 === "two")) || (key12 === "few")) || (key12 === "many")) || (key12 === "other"))){
const err450 = {instancePath:instancePath+"/limits.publisher_unknown_some",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
if(data142.zero !== undefined){
let data143 = data142.zero;
if(typeof data143 === "string"){
if(func4(data143) < 1){
const err451 = {instancePath:instancePath+"/limits.publisher_unknown_some/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
else {
const err452 = {instancePath:instancePath+"/limits.publisher_unknown_some/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
if(data142.one !== undefined){
let data144 = data142.one;
if(typeof data144 === "string"){
if(func4(data144) < 1){
const err453 = {instancePath:instancePath+"/limits.publisher_unknown_some/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
else {
const err454 = {instancePath:instancePath+"/limits.publisher_unknown_some/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
if(data142.two !== undefined){
let data145 = data142.two;
if(typeof data145 === "string"){
if(func4(data145) < 1){
const err455 = {instancePath:instancePath+"/limits.publisher_unknown_some/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
else {
const err456 = {instancePath:instancePath+"/limits.publisher_unknown_some/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
if(data142.few !== undefined){
let data146 = data142.few;
if(typeof data146 === "string"){
if(func4(data146) < 1){
const err457 = {instancePath:instancePath+"/limits.publisher_unknown_some/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
else {
const err458 = {instancePath:instancePath+"/limits.publisher_unknown_some/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data142.many !== undefined){
let data147 = data142.many;
if(typeof data147 === "string"){
if(func4(data147) < 1){
const err459 = {instancePath:instancePath+"/limits.publisher_unknown_some/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
else {
const err460 = {instancePath:instancePath+"/limits.publisher_unknown_some/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data142.other !== undefined){
let data148 = data142.other;
if(typeof data148 === "string"){
if(func4(data148) < 1){
const err461 = {instancePath:instancePath+"/limits.publisher_unknown_some/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
else {
const err462 = {instancePath:instancePath+"/limits.publisher_unknown_some/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
}
else {
const err463 = {instancePath:instancePath+"/limits.publisher_unknown_some",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
if(data["limits.author_unknown_all"] !== undefined){
let data149 = data["limits.author_unknown_all"];
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
if(data149.other === undefined){
const err464 = {instancePath:instancePath+"/limits.author_unknown_all",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
for(const key13 in data149){
if(!((((((key13 === "zero") || (key13 === "one")) || (key13 === "two")) || (key13 === "few")) || (key13 === "many")) || (key13 === "other"))){
const err465 = {instancePath:instancePath+"/limits.author_unknown_all",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
if(data149.zero !== undefined){
let data150 = data149.zero;
if(typeof data150 === "string"){
if(func4(data150) < 1){
const err466 = {instancePath:instancePath+"/limits.author_unknown_all/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
else {
const err467 = {instancePath:instancePath+"/limits.author_unknown_all/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
if(data149.one !== undefined){
let data151 = data149.one;
if(typeof data151 === "string"){
if(func4(data151) < 1){
const err468 = {instancePath:instancePath+"/limits.author_unknown_all/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
else {
const err469 = {instancePath:instancePath+"/limits.author_unknown_all/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(data149.two !== undefined){
let data152 = data149.two;
if(typeof data152 === "string"){
if(func4(data152) < 1){
const err470 = {instancePath:instancePath+"/limits.author_unknown_all/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
else {
const err471 = {instancePath:instancePath+"/limits.author_unknown_all/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data149.few !== undefined){
let data153 = data149.few;
if(typeof data153 === "string"){
if(func4(data153) < 1){
const err472 = {instancePath:instancePath+"/limits.author_unknown_all/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
else {
const err473 = {instancePath:instancePath+"/limits.author_unknown_all/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
if(data149.many !== undefined){
let data154 = data149.many;
if(typeof data154 === "string"){
if(func4(data154) < 1){
const err474 = {instancePath:instancePath+"/limits.author_unknown_all/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
else {
const err475 = {instancePath:instancePath+"/limits.author_unknown_all/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data149.other !== undefined){
let data155 = data149.other;
if(typeof data155 === "string"){
if(func4(data155) < 1){
const err476 = {instancePath:instancePath+"/limits.author_unknown_all/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
else {
const err477 = {instancePath:instancePath+"/limits.author_unknown_all/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
}
else {
const err478 = {instancePath:instancePath+"/limits.author_unknown_all",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
if(data["limits.author_unknown_some"] !== undefined){
let data156 = data["limits.author_unknown_some"];
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
if(data156.other === undefined){
const err479 = {instancePath:instancePath+"/limits.author_unknown_some",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
for(const key14 in data156){
if(!((((((key14 === "zero") || (key14 === "one")) || (key14 === "two")) || (key14 === "few")) || (key14 === "many")) || (key14 === "other"))){
const err480 = {instancePath:instancePath+"/limits.author_unknown_some",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
if(data156.zero !== undefined){
let data157 = data156.zero;
if(typeof data157 === "string"){
if(func4(data157) < 1){
const err481 = {instancePath:instancePath+"/limits.author_unknown_some/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
else {
const err482 = {instancePath:instancePath+"/limits.author_unknown_some/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
if(data156.one !== undefined){
let data158 = data156.one;
if(typeof data158 === "string"){
if(func4(data158) < 1){
const err483 = {instancePath:instancePath+"/limits.author_unknown_some/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
else {
const err484 = {instancePath:instancePath+"/limits.author_unknown_some/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
if(data156.two !== undefined){
let data159 = data156.two;
if(typeof data159 === "string"){
if(func4(data159) < 1){
const err485 = {instancePath:instancePath+"/limits.author_unknown_some/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
else {
const err486 = {instancePath:instancePath+"/limits.author_unknown_some/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
if(data156.few !== undefined){
let data160 = data156.few;
if(typeof data160 === "string"){
if(func4(data160) < 1){
const err487 = {instancePath:instancePath+"/limits.author_unknown_some/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
else {
const err488 = {instancePath:instancePath+"/limits.author_unknown_some/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
if(data156.many !== undefined){
let data161 = data156.many;
if(typeof data161 === "string"){
if(func4(data161) < 1){
const err489 = {instancePath:instancePath+"/limits.author_unknown_some/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
else {
const err490 = {instancePath:instancePath+"/limits.author_unknown_some/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
if(data156.other !== undefined){
let data162 = data156.other;
if(typeof data162 === "string"){
if(func4(data162) < 1){
const err491 = {instancePath:instancePath+"/limits.author_unknown_some/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
else {
const err492 = {instancePath:instancePath+"/limits.author_unknown_some/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
}
else {
const err493 = {instancePath:instancePath+"/limits.author_unknown_some",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
if(data["cite.title"] !== undefined){
let data163 = data["cite.title"];
if(typeof data163 === "string"){
if(func4(data163) < 1){
const err494 = {instancePath:instancePath+"/cite.title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
else {
const err495 = {instancePath:instancePath+"/cite.title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
if(data["cite.licence"] !== undefined){
let data164 = data["cite.licence"];
if(typeof data164 === "string"){
if(func4(data164) < 1){
const err496 = {instancePath:instancePath+"/cite.licence",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
else {
const err497 = {instancePath:instancePath+"/cite.licence",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
if(data["source.title"] !== undefined){
let data165 = data["source.title"];
if(data165 && typeof data165 == "object" && !Array.isArray(data165)){
if(data165.other === undefined){
const err498 = {instancePath:instancePath+"/source.title",schemaPath:"#/definitions/plural/required",keyword:"required",params:{missingProperty: "other"},message:"must have required property '"+"other"+"'"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
for(const key15 in data165){
if(!((((((key15 === "zero") || (key15 === "one")) || (key15 === "two")) || (key15 === "few")) || (key15 === "many")) || (key15 === "other"))){
const err499 = {instancePath:instancePath+"/source.title",schemaPath:"#/definitions/plural/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
if(data165.zero !== undefined){
let data166 = data165.zero;
if(typeof data166 === "string"){
if(func4(data166) < 1){
const err500 = {instancePath:instancePath+"/source.title/zero",schemaPath:"#/definitions/plural/properties/zero/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
else {
const err501 = {instancePath:instancePath+"/source.title/zero",schemaPath:"#/definitions/plural/properties/zero/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
if(data165.one !== undefined){
let data167 = data165.one;
if(typeof data167 === "string"){
if(func4(data167) < 1){
const err502 = {instancePath:instancePath+"/source.title/one",schemaPath:"#/definitions/plural/properties/one/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
else {
const err503 = {instancePath:instancePath+"/source.title/one",schemaPath:"#/definitions/plural/properties/one/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
if(data165.two !== undefined){
let data168 = data165.two;
if(typeof data168 === "string"){
if(func4(data168) < 1){
const err504 = {instancePath:instancePath+"/source.title/two",schemaPath:"#/definitions/plural/properties/two/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
else {
const err505 = {instancePath:instancePath+"/source.title/two",schemaPath:"#/definitions/plural/properties/two/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
if(data165.few !== undefined){
let data169 = data165.few;
if(typeof data169 === "string"){
if(func4(data169) < 1){
const err506 = {instancePath:instancePath+"/source.title/few",schemaPath:"#/definitions/plural/properties/few/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
else {
const err507 = {instancePath:instancePath+"/source.title/few",schemaPath:"#/definitions/plural/properties/few/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
if(data165.many !== undefined){
let data170 = data165.many;
if(typeof data170 === "string"){
if(func4(data170) < 1){
const err508 = {instancePath:instancePath+"/source.title/many",schemaPath:"#/definitions/plural/properties/many/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
else {
const err509 = {instancePath:instancePath+"/source.title/many",schemaPath:"#/definitions/plural/properties/many/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
if(data165.other !== undefined){
let data171 = data165.other;
if(typeof data171 === "string"){
if(func4(data171) < 1){
const err510 = {instancePath:instancePath+"/source.title/other",schemaPath:"#/definitions/plural/properties/other/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
else {
const err511 = {instancePath:instancePath+"/source.title/other",schemaPath:"#/definitions/plural/properties/other/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
}
else {
const err512 = {instancePath:instancePath+"/source.title",schemaPath:"#/definitions/plural/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
if(data["source.none"] !== undefined){
let data172 = data["source.none"];
if(typeof data172 === "string"){
if(func4(data172) < 1){
const err513 = {instancePath:instancePath+"/source.none",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
else {
const err514 = {instancePath:instancePath+"/source.none",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
if(data["source.untitled"] !== undefined){
let data173 = data["source.untitled"];
if(typeof data173 === "string"){
if(func4(data173) < 1){
const err515 = {instancePath:instancePath+"/source.untitled",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
else {
const err516 = {instancePath:instancePath+"/source.untitled",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
if(data["source.publisher"] !== undefined){
let data174 = data["source.publisher"];
if(typeof data174 === "string"){
if(func4(data174) < 1){
const err517 = {instancePath:instancePath+"/source.publisher",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
else {
const err518 = {instancePath:instancePath+"/source.publisher",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
if(data["source.author"] !== undefined){
let data175 = data["source.author"];
if(typeof data175 === "string"){
if(func4(data175) < 1){
const err519 = {instancePath:instancePath+"/source.author",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
else {
const err520 = {instancePath:instancePath+"/source.author",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
}
if(data["source.link"] !== undefined){
let data176 = data["source.link"];
if(typeof data176 === "string"){
if(func4(data176) < 1){
const err521 = {instancePath:instancePath+"/source.link",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
else {
const err522 = {instancePath:instancePath+"/source.link",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
if(data["source.no_link"] !== undefined){
let data177 = data["source.no_link"];
if(typeof data177 === "string"){
if(func4(data177) < 1){
const err523 = {instancePath:instancePath+"/source.no_link",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
else {
const err524 = {instancePath:instancePath+"/source.no_link",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
if(data["source.published"] !== undefined){
let data178 = data["source.published"];
if(typeof data178 === "string"){
if(func4(data178) < 1){
const err525 = {instancePath:instancePath+"/source.published",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
else {
const err526 = {instancePath:instancePath+"/source.published",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
if(data["source.retrieved"] !== undefined){
let data179 = data["source.retrieved"];
if(typeof data179 === "string"){
if(func4(data179) < 1){
const err527 = {instancePath:instancePath+"/source.retrieved",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
else {
const err528 = {instancePath:instancePath+"/source.retrieved",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
if(data["source.period"] !== undefined){
let data180 = data["source.period"];
if(typeof data180 === "string"){
if(func4(data180) < 1){
const err529 = {instancePath:instancePath+"/source.period",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
}
else {
const err530 = {instancePath:instancePath+"/source.period",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
if(data["source.licence"] !== undefined){
let data181 = data["source.licence"];
if(typeof data181 === "string"){
if(func4(data181) < 1){
const err531 = {instancePath:instancePath+"/source.licence",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
else {
const err532 = {instancePath:instancePath+"/source.licence",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
if(data["source.notes"] !== undefined){
let data182 = data["source.notes"];
if(typeof data182 === "string"){
if(func4(data182) < 1){
const err533 = {instancePath:instancePath+"/source.notes",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
else {
const err534 = {instancePath:instancePath+"/source.notes",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
if(data["list.separator"] !== undefined){
let data183 = data["list.separator"];
if(typeof data183 === "string"){
if(func4(data183) < 1){
const err535 = {instancePath:instancePath+"/list.separator",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
else {
const err536 = {instancePath:instancePath+"/list.separator",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
if(data.unknown !== undefined){
let data184 = data.unknown;
if(typeof data184 === "string"){
if(func4(data184) < 1){
const err537 = {instancePath:instancePath+"/unknown",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
else {
const err538 = {instancePath:instancePath+"/unknown",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
if(data["qualifier.gt"] !== undefined){
let data185 = data["qualifier.gt"];
if(typeof data185 === "string"){
if(func4(data185) < 1){
const err539 = {instancePath:instancePath+"/qualifier.gt",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
else {
const err540 = {instancePath:instancePath+"/qualifier.gt",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
if(data["qualifier.gte"] !== undefined){
let data186 = data["qualifier.gte"];
if(typeof data186 === "string"){
if(func4(data186) < 1){
const err541 = {instancePath:instancePath+"/qualifier.gte",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
else {
const err542 = {instancePath:instancePath+"/qualifier.gte",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
}
if(data["qualifier.lt"] !== undefined){
let data187 = data["qualifier.lt"];
if(typeof data187 === "string"){
if(func4(data187) < 1){
const err543 = {instancePath:instancePath+"/qualifier.lt",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
}
else {
const err544 = {instancePath:instancePath+"/qualifier.lt",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
if(data["qualifier.lte"] !== undefined){
let data188 = data["qualifier.lte"];
if(typeof data188 === "string"){
if(func4(data188) < 1){
const err545 = {instancePath:instancePath+"/qualifier.lte",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
else {
const err546 = {instancePath:instancePath+"/qualifier.lte",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
if(data["qualifier.approx"] !== undefined){
let data189 = data["qualifier.approx"];
if(typeof data189 === "string"){
if(func4(data189) < 1){
const err547 = {instancePath:instancePath+"/qualifier.approx",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
else {
const err548 = {instancePath:instancePath+"/qualifier.approx",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
if(data["period.h1"] !== undefined){
let data190 = data["period.h1"];
if(typeof data190 === "string"){
if(func4(data190) < 1){
const err549 = {instancePath:instancePath+"/period.h1",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
else {
const err550 = {instancePath:instancePath+"/period.h1",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
if(data["period.h2"] !== undefined){
let data191 = data["period.h2"];
if(typeof data191 === "string"){
if(func4(data191) < 1){
const err551 = {instancePath:instancePath+"/period.h2",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
else {
const err552 = {instancePath:instancePath+"/period.h2",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
if(data["period.q1"] !== undefined){
let data192 = data["period.q1"];
if(typeof data192 === "string"){
if(func4(data192) < 1){
const err553 = {instancePath:instancePath+"/period.q1",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
else {
const err554 = {instancePath:instancePath+"/period.q1",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
if(data["period.q2"] !== undefined){
let data193 = data["period.q2"];
if(typeof data193 === "string"){
if(func4(data193) < 1){
const err555 = {instancePath:instancePath+"/period.q2",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
else {
const err556 = {instancePath:instancePath+"/period.q2",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
if(data["period.q3"] !== undefined){
let data194 = data["period.q3"];
if(typeof data194 === "string"){
if(func4(data194) < 1){
const err557 = {instancePath:instancePath+"/period.q3",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
else {
const err558 = {instancePath:instancePath+"/period.q3",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
}
if(data["period.q4"] !== undefined){
let data195 = data["period.q4"];
if(typeof data195 === "string"){
if(func4(data195) < 1){
const err559 = {instancePath:instancePath+"/period.q4",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
}
else {
const err560 = {instancePath:instancePath+"/period.q4",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
if(data["card.version"] !== undefined){
let data196 = data["card.version"];
if(typeof data196 === "string"){
if(func4(data196) < 1){
const err561 = {instancePath:instancePath+"/card.version",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
else {
const err562 = {instancePath:instancePath+"/card.version",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
if(data["card.version_dated"] !== undefined){
let data197 = data["card.version_dated"];
if(typeof data197 === "string"){
if(func4(data197) < 1){
const err563 = {instancePath:instancePath+"/card.version_dated",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
else {
const err564 = {instancePath:instancePath+"/card.version_dated",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
if(data["card.licence"] !== undefined){
let data198 = data["card.licence"];
if(typeof data198 === "string"){
if(func4(data198) < 1){
const err565 = {instancePath:instancePath+"/card.licence",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
else {
const err566 = {instancePath:instancePath+"/card.licence",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
if(data["card.indicators"] !== undefined){
let data199 = data["card.indicators"];
if(typeof data199 === "string"){
if(func4(data199) < 1){
const err567 = {instancePath:instancePath+"/card.indicators",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
else {
const err568 = {instancePath:instancePath+"/card.indicators",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
if(data["card.indicator_id"] !== undefined){
let data200 = data["card.indicator_id"];
if(typeof data200 === "string"){
if(func4(data200) < 1){
const err569 = {instancePath:instancePath+"/card.indicator_id",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
else {
const err570 = {instancePath:instancePath+"/card.indicator_id",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
if(data["card.what_is_counted"] !== undefined){
let data201 = data["card.what_is_counted"];
if(typeof data201 === "string"){
if(func4(data201) < 1){
const err571 = {instancePath:instancePath+"/card.what_is_counted",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
}
else {
const err572 = {instancePath:instancePath+"/card.what_is_counted",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
}
if(data["card.files"] !== undefined){
let data202 = data["card.files"];
if(typeof data202 === "string"){
if(func4(data202) < 1){
const err573 = {instancePath:instancePath+"/card.files",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
else {
const err574 = {instancePath:instancePath+"/card.files",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
if(data["card.file"] !== undefined){
let data203 = data["card.file"];
if(typeof data203 === "string"){
if(func4(data203) < 1){
const err575 = {instancePath:instancePath+"/card.file",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
else {
const err576 = {instancePath:instancePath+"/card.file",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
if(data["card.size"] !== undefined){
let data204 = data["card.size"];
if(typeof data204 === "string"){
if(func4(data204) < 1){
const err577 = {instancePath:instancePath+"/card.size",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
else {
const err578 = {instancePath:instancePath+"/card.size",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data["card.what"] !== undefined){
let data205 = data["card.what"];
if(typeof data205 === "string"){
if(func4(data205) < 1){
const err579 = {instancePath:instancePath+"/card.what",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
else {
const err580 = {instancePath:instancePath+"/card.what",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
if(data["card.check"] !== undefined){
let data206 = data["card.check"];
if(typeof data206 === "string"){
if(func4(data206) < 1){
const err581 = {instancePath:instancePath+"/card.check",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
else {
const err582 = {instancePath:instancePath+"/card.check",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
}
if(data["file.workbook.format"] !== undefined){
let data207 = data["file.workbook.format"];
if(typeof data207 === "string"){
if(func4(data207) < 1){
const err583 = {instancePath:instancePath+"/file.workbook.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
else {
const err584 = {instancePath:instancePath+"/file.workbook.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
}
if(data["file.workbook.label"] !== undefined){
let data208 = data["file.workbook.label"];
if(typeof data208 === "string"){
if(func4(data208) < 1){
const err585 = {instancePath:instancePath+"/file.workbook.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
}
else {
const err586 = {instancePath:instancePath+"/file.workbook.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
if(data["file.workbook.description"] !== undefined){
let data209 = data["file.workbook.description"];
if(typeof data209 === "string"){
if(func4(data209) < 1){
const err587 = {instancePath:instancePath+"/file.workbook.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
}
else {
const err588 = {instancePath:instancePath+"/file.workbook.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
}
if(data["file.csv.format"] !== undefined){
let data210 = data["file.csv.format"];
if(typeof data210 === "string"){
if(func4(data210) < 1){
const err589 = {instancePath:instancePath+"/file.csv.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
}
else {
const err590 = {instancePath:instancePath+"/file.csv.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
if(data["file.csv.label"] !== undefined){
let data211 = data["file.csv.label"];
if(typeof data211 === "string"){
if(func4(data211) < 1){
const err591 = {instancePath:instancePath+"/file.csv.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
else {
const err592 = {instancePath:instancePath+"/file.csv.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
if(data["file.csv.description"] !== undefined){
let data212 = data["file.csv.description"];
if(typeof data212 === "string"){
if(func4(data212) < 1){
const err593 = {instancePath:instancePath+"/file.csv.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
else {
const err594 = {instancePath:instancePath+"/file.csv.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
if(data["file.excelCsv.format"] !== undefined){
let data213 = data["file.excelCsv.format"];
if(typeof data213 === "string"){
if(func4(data213) < 1){
const err595 = {instancePath:instancePath+"/file.excelCsv.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
}
else {
const err596 = {instancePath:instancePath+"/file.excelCsv.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
}
if(data["file.excelCsv.label"] !== undefined){
let data214 = data["file.excelCsv.label"];
if(typeof data214 === "string"){
if(func4(data214) < 1){
const err597 = {instancePath:instancePath+"/file.excelCsv.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
else {
const err598 = {instancePath:instancePath+"/file.excelCsv.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
}
if(data["file.excelCsv.description"] !== undefined){
let data215 = data["file.excelCsv.description"];
if(typeof data215 === "string"){
if(func4(data215) < 1){
const err599 = {instancePath:instancePath+"/file.excelCsv.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
}
else {
const err600 = {instancePath:instancePath+"/file.excelCsv.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
if(data["file.json.format"] !== undefined){
let data216 = data["file.json.format"];
if(typeof data216 === "string"){
if(func4(data216) < 1){
const err601 = {instancePath:instancePath+"/file.json.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
}
else {
const err602 = {instancePath:instancePath+"/file.json.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
}
if(data["file.json.label"] !== undefined){
let data217 = data["file.json.label"];
if(typeof data217 === "string"){
if(func4(data217) < 1){
const err603 = {instancePath:instancePath+"/file.json.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
else {
const err604 = {instancePath:instancePath+"/file.json.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
if(data["file.json.description"] !== undefined){
let data218 = data["file.json.description"];
if(typeof data218 === "string"){
if(func4(data218) < 1){
const err605 = {instancePath:instancePath+"/file.json.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
else {
const err606 = {instancePath:instancePath+"/file.json.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
}
if(data["file.datapackage.format"] !== undefined){
let data219 = data["file.datapackage.format"];
if(typeof data219 === "string"){
if(func4(data219) < 1){
const err607 = {instancePath:instancePath+"/file.datapackage.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
}
else {
const err608 = {instancePath:instancePath+"/file.datapackage.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
}
if(data["file.datapackage.label"] !== undefined){
let data220 = data["file.datapackage.label"];
if(typeof data220 === "string"){
if(func4(data220) < 1){
const err609 = {instancePath:instancePath+"/file.datapackage.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
else {
const err610 = {instancePath:instancePath+"/file.datapackage.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
if(data["file.datapackage.description"] !== undefined){
let data221 = data["file.datapackage.description"];
if(typeof data221 === "string"){
if(func4(data221) < 1){
const err611 = {instancePath:instancePath+"/file.datapackage.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
}
else {
const err612 = {instancePath:instancePath+"/file.datapackage.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
}
if(data["file.jsonld.format"] !== undefined){
let data222 = data["file.jsonld.format"];
if(typeof data222 === "string"){
if(func4(data222) < 1){
const err613 = {instancePath:instancePath+"/file.jsonld.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
}
else {
const err614 = {instancePath:instancePath+"/file.jsonld.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
}
if(data["file.jsonld.label"] !== undefined){
let data223 = data["file.jsonld.label"];
if(typeof data223 === "string"){
if(func4(data223) < 1){
const err615 = {instancePath:instancePath+"/file.jsonld.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
}
else {
const err616 = {instancePath:instancePath+"/file.jsonld.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
if(data["file.jsonld.description"] !== undefined){
let data224 = data["file.jsonld.description"];
if(typeof data224 === "string"){
if(func4(data224) < 1){
const err617 = {instancePath:instancePath+"/file.jsonld.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
}
else {
const err618 = {instancePath:instancePath+"/file.jsonld.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
}
if(data["file.card.format"] !== undefined){
let data225 = data["file.card.format"];
if(typeof data225 === "string"){
if(func4(data225) < 1){
const err619 = {instancePath:instancePath+"/file.card.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
else {
const err620 = {instancePath:instancePath+"/file.card.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
if(data["file.card.label"] !== undefined){
let data226 = data["file.card.label"];
if(typeof data226 === "string"){
if(func4(data226) < 1){
const err621 = {instancePath:instancePath+"/file.card.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
else {
const err622 = {instancePath:instancePath+"/file.card.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
}
if(data["file.card.description"] !== undefined){
let data227 = data["file.card.description"];
if(typeof data227 === "string"){
if(func4(data227) < 1){
const err623 = {instancePath:instancePath+"/file.card.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
else {
const err624 = {instancePath:instancePath+"/file.card.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
if(data["file.chart.format"] !== undefined){
let data228 = data["file.chart.format"];
if(typeof data228 === "string"){
if(func4(data228) < 1){
const err625 = {instancePath:instancePath+"/file.chart.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
else {
const err626 = {instancePath:instancePath+"/file.chart.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
if(data["file.chart.label"] !== undefined){
let data229 = data["file.chart.label"];
if(typeof data229 === "string"){
if(func4(data229) < 1){
const err627 = {instancePath:instancePath+"/file.chart.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
else {
const err628 = {instancePath:instancePath+"/file.chart.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
}
if(data["file.chart.description"] !== undefined){
let data230 = data["file.chart.description"];
if(typeof data230 === "string"){
if(func4(data230) < 1){
const err629 = {instancePath:instancePath+"/file.chart.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
}
else {
const err630 = {instancePath:instancePath+"/file.chart.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
if(data["file.sums.format"] !== undefined){
let data231 = data["file.sums.format"];
if(typeof data231 === "string"){
if(func4(data231) < 1){
const err631 = {instancePath:instancePath+"/file.sums.format",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
else {
const err632 = {instancePath:instancePath+"/file.sums.format",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
if(data["file.sums.label"] !== undefined){
let data232 = data["file.sums.label"];
if(typeof data232 === "string"){
if(func4(data232) < 1){
const err633 = {instancePath:instancePath+"/file.sums.label",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
else {
const err634 = {instancePath:instancePath+"/file.sums.label",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
if(data["file.sums.description"] !== undefined){
let data233 = data["file.sums.description"];
if(typeof data233 === "string"){
if(func4(data233) < 1){
const err635 = {instancePath:instancePath+"/file.sums.description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
}
else {
const err636 = {instancePath:instancePath+"/file.sums.description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
if(data["workbook.readme_title"] !== undefined){
let data234 = data["workbook.readme_title"];
if(typeof data234 === "string"){
if(func4(data234) < 1){
const err637 = {instancePath:instancePath+"/workbook.readme_title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
}
else {
const err638 = {instancePath:instancePath+"/workbook.readme_title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
}
if(data["workbook.readme_description"] !== undefined){
let data235 = data["workbook.readme_description"];
if(typeof data235 === "string"){
if(func4(data235) < 1){
const err639 = {instancePath:instancePath+"/workbook.readme_description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
else {
const err640 = {instancePath:instancePath+"/workbook.readme_description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
}
if(data["workbook.sheets_title"] !== undefined){
let data236 = data["workbook.sheets_title"];
if(typeof data236 === "string"){
if(func4(data236) < 1){
const err641 = {instancePath:instancePath+"/workbook.sheets_title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
}
else {
const err642 = {instancePath:instancePath+"/workbook.sheets_title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
}
if(data["workbook.sheets_intro"] !== undefined){
let data237 = data["workbook.sheets_intro"];
if(typeof data237 === "string"){
if(func4(data237) < 1){
const err643 = {instancePath:instancePath+"/workbook.sheets_intro",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
else {
const err644 = {instancePath:instancePath+"/workbook.sheets_intro",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
if(data["workbook.by_period_description"] !== undefined){
let data238 = data["workbook.by_period_description"];
if(typeof data238 === "string"){
if(func4(data238) < 1){
const err645 = {instancePath:instancePath+"/workbook.by_period_description",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
}
else {
const err646 = {instancePath:instancePath+"/workbook.by_period_description",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
}
if(data["workbook.dictionary_title"] !== undefined){
let data239 = data["workbook.dictionary_title"];
if(typeof data239 === "string"){
if(func4(data239) < 1){
const err647 = {instancePath:instancePath+"/workbook.dictionary_title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
}
else {
const err648 = {instancePath:instancePath+"/workbook.dictionary_title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
}
if(data["workbook.dictionary_intro"] !== undefined){
let data240 = data["workbook.dictionary_intro"];
if(typeof data240 === "string"){
if(func4(data240) < 1){
const err649 = {instancePath:instancePath+"/workbook.dictionary_intro",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
}
else {
const err650 = {instancePath:instancePath+"/workbook.dictionary_intro",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
if(data["workbook.licence_title"] !== undefined){
let data241 = data["workbook.licence_title"];
if(typeof data241 === "string"){
if(func4(data241) < 1){
const err651 = {instancePath:instancePath+"/workbook.licence_title",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
}
else {
const err652 = {instancePath:instancePath+"/workbook.licence_title",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
if(data["workbook.fact"] !== undefined){
let data242 = data["workbook.fact"];
if(typeof data242 === "string"){
if(func4(data242) < 1){
const err653 = {instancePath:instancePath+"/workbook.fact",schemaPath:"#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
}
else {
const err654 = {instancePath:instancePath+"/workbook.fact",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
}
}
else {
const err655 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}

export const ingested = validate78;
const schema282 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"ingested.schema.json","title":"IngestedSource","description":"The ingest stage's artifact for one source (work/ingested/<id>.json): the raw text as decoded, its hash, the normalised text with a map back to raw offsets, the page cruft set aside and the sentences. All offsets are JavaScript string indices into `text`.","type":"object","additionalProperties":false,"required":["id","file","metadata","sha256","bytes","text","normalised","offset_map","cruft","sentences"],"properties":{"id":{"type":"string"},"file":{"type":"string","description":"The raw text file as the user named it."},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the raw bytes."},"bytes":{"type":"integer","minimum":1},"text":{"type":"string","description":"The raw bytes decoded as strict UTF-8, a byte-order mark kept as U+FEFF so that offsets count every stored character."},"normalised":{"type":"string","description":"NFC, no tatweel, diacritics, bidi or zero-width marks, ASCII quotes and digits."},"offset_map":{"type":"array","description":"Breakpoints as a flat list [n0, r0, n1, r1, …] (see arabic/normalise.ts, rawOffset): a normalised index i maps to raw r + (i − n) for the last pair with n ≤ i.","items":{"type":"integer","minimum":0}},"cruft":{"type":"array","description":"Lines set aside as page cruft, by rule.","items":{"type":"object","additionalProperties":false,"required":["start","end","rule"],"properties":{"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":0},"rule":{"type":"string"}}}},"sentences":{"type":"array","description":"Sentences of the article (cruft excluded), as raw spans.","items":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":0}}}}}};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ingested.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sha256 === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bytes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bytes"},message:"must have required property '"+"bytes"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.text === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.normalised === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "normalised"},message:"must have required property '"+"normalised"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.offset_map === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "offset_map"},message:"must have required property '"+"offset_map"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.cruft === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cruft"},message:"must have required property '"+"cruft"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.sentences === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sentences"},message:"must have required property '"+"sentences"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema282.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.file !== undefined){
if(typeof data.file !== "string"){
const err12 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err13 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.title === undefined){
const err14 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.language === undefined){
const err15 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.publisher === undefined){
const err16 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2.author === undefined){
const err17 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data2.institution === undefined){
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data2.url === undefined){
const err19 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data2.published === undefined){
const err20 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data2.retrieved === undefined){
const err21 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "retrieved"},message:"must have required property '"+"retrieved"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data2.reference_period === undefined){
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "reference_period"},message:"must have required property '"+"reference_period"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data2.licence === undefined){
const err23 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "licence"},message:"must have required property '"+"licence"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data2.notes === undefined){
const err24 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data2){
if(!(func2.call(schema94.properties, key1))){
const err25 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern58.test(data3)){
const err26 = {instancePath:instancePath+"/metadata/id",schemaPath:"source.schema.json/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
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
const err27 = {instancePath:instancePath+"/metadata/id",schemaPath:"source.schema.json/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.title !== undefined){
let data4 = data2.title;
if((typeof data4 !== "string") && (data4 !== null)){
const err28 = {instancePath:instancePath+"/metadata/title",schemaPath:"source.schema.json/properties/title/type",keyword:"type",params:{type: schema94.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err29 = {instancePath:instancePath+"/metadata/title",schemaPath:"source.schema.json/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data2.language !== undefined){
let data5 = data2.language;
if(typeof data5 === "string"){
if(!pattern59.test(data5)){
const err30 = {instancePath:instancePath+"/metadata/language",schemaPath:"source.schema.json/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/metadata/language",schemaPath:"source.schema.json/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data2.publisher !== undefined){
let data6 = data2.publisher;
if((typeof data6 !== "string") && (data6 !== null)){
const err32 = {instancePath:instancePath+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/type",keyword:"type",params:{type: schema94.properties.publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err33 = {instancePath:instancePath+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data2.author !== undefined){
let data7 = data2.author;
if((typeof data7 !== "string") && (data7 !== null)){
const err34 = {instancePath:instancePath+"/metadata/author",schemaPath:"source.schema.json/properties/author/type",keyword:"type",params:{type: schema94.properties.author.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err35 = {instancePath:instancePath+"/metadata/author",schemaPath:"source.schema.json/properties/author/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data2.institution !== undefined){
let data8 = data2.institution;
if((typeof data8 !== "string") && (data8 !== null)){
const err36 = {instancePath:instancePath+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/type",keyword:"type",params:{type: schema94.properties.institution.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err37 = {instancePath:instancePath+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data2.url !== undefined){
let data9 = data2.url;
if((typeof data9 !== "string") && (data9 !== null)){
const err38 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/type",keyword:"type",params:{type: schema94.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data9 === "string"){
if(!pattern60.test(data9)){
const err39 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(formats14.validate(data9))){
const err40 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data2.published !== undefined){
let data10 = data2.published;
if((typeof data10 !== "string") && (data10 !== null)){
const err41 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/type",keyword:"type",params:{type: schema94.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats16.validate(data10))){
const err42 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data2.retrieved !== undefined){
let data11 = data2.retrieved;
if((typeof data11 !== "string") && (data11 !== null)){
const err43 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/type",keyword:"type",params:{type: schema94.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats16.validate(data11))){
const err44 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data2.reference_period !== undefined){
let data12 = data2.reference_period;
if(typeof data12 === "string"){
if(!pattern16.test(data12)){
const err45 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data2.licence !== undefined){
let data13 = data2.licence;
if((typeof data13 !== "string") && (data13 !== null)){
const err47 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/type",keyword:"type",params:{type: schema94.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err48 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data2.notes !== undefined){
let data14 = data2.notes;
if((typeof data14 !== "string") && (data14 !== null)){
const err49 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/type",keyword:"type",params:{type: schema94.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err50 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err51 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data15 = data.sha256;
if(typeof data15 === "string"){
if(!pattern62.test(data15)){
const err52 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err53 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.bytes !== undefined){
let data16 = data.bytes;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err54 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err55 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err56 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.normalised !== undefined){
if(typeof data.normalised !== "string"){
const err57 = {instancePath:instancePath+"/normalised",schemaPath:"#/properties/normalised/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.offset_map !== undefined){
let data19 = data.offset_map;
if(Array.isArray(data19)){
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
let data20 = data19[i0];
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err58 = {instancePath:instancePath+"/offset_map/" + i0,schemaPath:"#/properties/offset_map/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err59 = {instancePath:instancePath+"/offset_map/" + i0,schemaPath:"#/properties/offset_map/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
else {
const err60 = {instancePath:instancePath+"/offset_map",schemaPath:"#/properties/offset_map/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.cruft !== undefined){
let data21 = data.cruft;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.start === undefined){
const err61 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data22.end === undefined){
const err62 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data22.rule === undefined){
const err63 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key2 in data22){
if(!(((key2 === "start") || (key2 === "end")) || (key2 === "rule"))){
const err64 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data22.start !== undefined){
let data23 = data22.start;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err65 = {instancePath:instancePath+"/cruft/" + i1+"/start",schemaPath:"#/properties/cruft/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err66 = {instancePath:instancePath+"/cruft/" + i1+"/start",schemaPath:"#/properties/cruft/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data22.end !== undefined){
let data24 = data22.end;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err67 = {instancePath:instancePath+"/cruft/" + i1+"/end",schemaPath:"#/properties/cruft/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err68 = {instancePath:instancePath+"/cruft/" + i1+"/end",schemaPath:"#/properties/cruft/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data22.rule !== undefined){
if(typeof data22.rule !== "string"){
const err69 = {instancePath:instancePath+"/cruft/" + i1+"/rule",schemaPath:"#/properties/cruft/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/cruft",schemaPath:"#/properties/cruft/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.sentences !== undefined){
let data26 = data.sentences;
if(Array.isArray(data26)){
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
let data27 = data26[i2];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.start === undefined){
const err72 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data27.end === undefined){
const err73 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key3 in data27){
if(!((key3 === "start") || (key3 === "end"))){
const err74 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data27.start !== undefined){
let data28 = data27.start;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err75 = {instancePath:instancePath+"/sentences/" + i2+"/start",schemaPath:"#/properties/sentences/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err76 = {instancePath:instancePath+"/sentences/" + i2+"/start",schemaPath:"#/properties/sentences/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data27.end !== undefined){
let data29 = data27.end;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err77 = {instancePath:instancePath+"/sentences/" + i2+"/end",schemaPath:"#/properties/sentences/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err78 = {instancePath:instancePath+"/sentences/" + i2+"/end",schemaPath:"#/properties/sentences/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
}
else {
const err79 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/sentences",schemaPath:"#/properties/sentences/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}

export const ioErrors = validate79;
const schema284 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"io-errors.schema.json","title":"IoErrorMessages","description":"pipeline/lib/io-errors.json: what a failed file operation means and how to fix it, per errno code (EACCES, ENOSPC, ...), so that every I/O failure is reported as one user error naming the path, the cause and a fix.","type":"object","additionalProperties":false,"required":["codes","other"],"properties":{"codes":{"type":"object","propertyNames":{"pattern":"^E[A-Z0-9]+$"},"additionalProperties":{"$ref":"#/definitions/message"},"description":"By errno code, as Node reports it in error.code."},"other":{"$ref":"#/definitions/message","description":"For a code the table does not list."}},"definitions":{"message":{"type":"object","additionalProperties":false,"required":["problem","fix"],"properties":{"problem":{"type":"string","minLength":1,"description":"What went wrong, said of the path (\"permission denied\")."},"fix":{"type":"string","minLength":1,"description":"What the user can do about it."}}}}};
const schema285 = {"type":"object","additionalProperties":false,"required":["problem","fix"],"properties":{"problem":{"type":"string","minLength":1,"description":"What went wrong, said of the path (\"permission denied\")."},"fix":{"type":"string","minLength":1,"description":"What the user can do about it."}}};
const pattern105 = new RegExp("^E[A-Z0-9]+$", "u");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern105.test(key1)){
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
let data1 = data0[key2];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.problem === undefined){
const err5 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/message/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.fix === undefined){
const err6 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/message/required",keyword:"required",params:{missingProperty: "fix"},message:"must have required property '"+"fix"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key3 in data1){
if(!((key3 === "problem") || (key3 === "fix"))){
const err7 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/message/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.problem !== undefined){
let data2 = data1.problem;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err8 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/problem",schemaPath:"#/definitions/message/properties/problem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/problem",schemaPath:"#/definitions/message/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.fix !== undefined){
let data3 = data1.fix;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err10 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fix",schemaPath:"#/definitions/message/properties/fix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/fix",schemaPath:"#/definitions/message/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/codes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/message/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err13 = {instancePath:instancePath+"/codes",schemaPath:"#/properties/codes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.other !== undefined){
let data4 = data.other;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.problem === undefined){
const err14 = {instancePath:instancePath+"/other",schemaPath:"#/definitions/message/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.fix === undefined){
const err15 = {instancePath:instancePath+"/other",schemaPath:"#/definitions/message/required",keyword:"required",params:{missingProperty: "fix"},message:"must have required property '"+"fix"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key4 in data4){
if(!((key4 === "problem") || (key4 === "fix"))){
const err16 = {instancePath:instancePath+"/other",schemaPath:"#/definitions/message/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.problem !== undefined){
let data5 = data4.problem;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err17 = {instancePath:instancePath+"/other/problem",schemaPath:"#/definitions/message/properties/problem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err18 = {instancePath:instancePath+"/other/problem",schemaPath:"#/definitions/message/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.fix !== undefined){
let data6 = data4.fix;
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err19 = {instancePath:instancePath+"/other/fix",schemaPath:"#/definitions/message/properties/fix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err20 = {instancePath:instancePath+"/other/fix",schemaPath:"#/definitions/message/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/other",schemaPath:"#/definitions/message/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}

export const mention = validate80;

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="mention.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.text === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.value === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.form === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.start === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.end === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.line === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.column === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.status === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.indicator_id === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.period === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.observation_id === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.evidence === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.reason === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema96.properties, key0))){
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
if(data.source_id !== undefined){
if(typeof data.source_id !== "string"){
const err16 = {instancePath:instancePath+"/source_id",schemaPath:"#/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err17 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err18 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err19 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((((((data3 === "number") || (data3 === "percent")) || (data3 === "year")) || (data3 === "date")) || (data3 === "time")) || (data3 === "identifier"))){
const err20 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema96.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.qualifier !== undefined){
let data4 = data.qualifier;
if(typeof data4 !== "string"){
const err21 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((((data4 === "gt") || (data4 === "gte")) || (data4 === "lt")) || (data4 === "lte")) || (data4 === "approx"))){
const err22 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema96.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.form !== undefined){
let data5 = data.form;
if(typeof data5 !== "string"){
const err23 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((((data5 === "digits") || (data5 === "words")) || (data5 === "mixed")) || (data5 === "dual"))){
const err24 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/enum",keyword:"enum",params:{allowedValues: schema96.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.decimals !== undefined){
let data6 = data.decimals;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err25 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.start !== undefined){
let data7 = data.start;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err27 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err28 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.end !== undefined){
let data8 = data.end;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err29 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err30 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.line !== undefined){
let data9 = data.line;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err31 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.column !== undefined){
let data10 = data.column;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err33 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.status !== undefined){
let data11 = data.status;
if(typeof data11 !== "string"){
const err35 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((((((((data11 === "observation") || (data11 === "restatement")) || (data11 === "held_back")) || (data11 === "unaccounted")) || (data11 === "year")) || (data11 === "date")) || (data11 === "time")) || (data11 === "identifier")) || (data11 === "ignored")) || (data11 === "cruft"))){
const err36 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema96.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.indicator_id !== undefined){
let data12 = data.indicator_id;
if((typeof data12 !== "string") && (data12 !== null)){
const err37 = {instancePath:instancePath+"/indicator_id",schemaPath:"#/properties/indicator_id/type",keyword:"type",params:{type: schema96.properties.indicator_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.period !== undefined){
let data13 = data.period;
if((typeof data13 !== "string") && (data13 !== null)){
const err38 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: schema96.properties.period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern16.test(data13)){
const err39 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
if(data.observation_id !== undefined){
let data14 = data.observation_id;
if((typeof data14 !== "string") && (data14 !== null)){
const err40 = {instancePath:instancePath+"/observation_id",schemaPath:"#/properties/observation_id/type",keyword:"type",params:{type: schema96.properties.observation_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.evidence !== undefined){
let data15 = data.evidence;
if((typeof data15 !== "string") && (data15 !== null)){
const err41 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: schema96.properties.evidence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.reason !== undefined){
let data16 = data.reason;
if((typeof data16 !== "string") && (data16 !== null)){
const err42 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema96.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
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
validate80.errors = vErrors;
return errors === 0;
}

export const numberMention = validate81;
const schema288 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"number-mention.schema.json","title":"NumberMention","description":"One quantity recognised in a text: the exact span, its value and how it was written. Offsets are JavaScript string indices (UTF-16 code units) into the text exactly as given, end exclusive, so text === input.slice(start, end).","type":"object","additionalProperties":false,"required":["text","value","kind","start","end","form"],"properties":{"text":{"type":"string","minLength":1,"description":"The exact characters of the mention, from its qualifier (if any) to its last number word, percent sign or scale word; attached clitics (و، ب، ل، ف، ك، ال) in front are not part of it."},"value":{"type":"number","description":"The value as written: 5800 for '5 آلاف و800', 24 for '24 في المائة', 2021 for a year, −5 for 'سالب 5'; for a date, a time or an identifier, the first number written in it (12 for '12/05/2022', 10 for '10:30', 522 for '0522 12 34 56')."},"kind":{"type":"string","enum":["number","percent","year","date","time","identifier"],"description":"number and percent are quantities; year is a calendar year; date and time are a date or a time of day written in digits; identifier is a digit sequence that names rather than counts (an IP address, a phone or reference number). Only numbers and percentages can be figures."},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"qualifier":{"type":"string","enum":["gt","gte","lt","lte","approx"],"description":"A qualifier written in front of the number (أكثر من → gt, ما لا يقل عن → gte, أقل من → lt, حوالي → approx …). Absent when there is none."},"form":{"type":"string","enum":["digits","words","mixed","dual"],"description":"How the number is written: digits only, number words only, digits with scale or number words ('5 آلاف و800'), or the dual of a counted noun ('عمليتين')."},"decimals":{"type":"integer","minimum":0,"description":"Digits written after the decimal separator (0 for integers); the rounding the text allows is half a unit of the last written digit."}}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="number-mention.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.start === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.end === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.form === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "text") || (key0 === "value")) || (key0 === "kind")) || (key0 === "start")) || (key0 === "end")) || (key0 === "qualifier")) || (key0 === "form")) || (key0 === "decimals"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 === "string"){
if(func4(data0) < 1){
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data.value !== undefined){
let data1 = data.value;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data2 === "number") || (data2 === "percent")) || (data2 === "year")) || (data2 === "date")) || (data2 === "time")) || (data2 === "identifier"))){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema288.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.start !== undefined){
let data3 = data.start;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.end !== undefined){
let data4 = data.end;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.qualifier !== undefined){
let data5 = data.qualifier;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((((data5 === "gt") || (data5 === "gte")) || (data5 === "lt")) || (data5 === "lte")) || (data5 === "approx"))){
const err17 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema288.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.form !== undefined){
let data6 = data.form;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((data6 === "digits") || (data6 === "words")) || (data6 === "mixed")) || (data6 === "dual"))){
const err19 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/enum",keyword:"enum",params:{allowedValues: schema288.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.decimals !== undefined){
let data7 = data.decimals;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}

export const observation = validate82;

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="observation.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.observation_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.indicator_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.breakdown === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.category === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.period === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.base_period === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_period"},message:"must have required property '"+"base_period"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.value === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.qualifier === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualifier"},message:"must have required property '"+"qualifier"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.unit === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.quote === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quote"},message:"must have required property '"+"quote"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.start === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.end === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.line === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.column === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.sentence === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sentence"},message:"must have required property '"+"sentence"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.correction === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "correction"},message:"must have required property '"+"correction"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema95.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.observation_id !== undefined){
if(typeof data.observation_id !== "string"){
const err18 = {instancePath:instancePath+"/observation_id",schemaPath:"#/properties/observation_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.source_id !== undefined){
if(typeof data.source_id !== "string"){
const err19 = {instancePath:instancePath+"/source_id",schemaPath:"#/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.indicator_id !== undefined){
if(typeof data.indicator_id !== "string"){
const err20 = {instancePath:instancePath+"/indicator_id",schemaPath:"#/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.breakdown !== undefined){
let data3 = data.breakdown;
if((typeof data3 !== "string") && (data3 !== null)){
const err21 = {instancePath:instancePath+"/breakdown",schemaPath:"#/properties/breakdown/type",keyword:"type",params:{type: schema95.properties.breakdown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.category !== undefined){
let data4 = data.category;
if((typeof data4 !== "string") && (data4 !== null)){
const err22 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: schema95.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.period !== undefined){
let data5 = data.period;
if(typeof data5 === "string"){
if(!pattern16.test(data5)){
const err23 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err24 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.base_period !== undefined){
let data6 = data.base_period;
if((typeof data6 !== "string") && (data6 !== null)){
const err25 = {instancePath:instancePath+"/base_period",schemaPath:"#/properties/base_period/type",keyword:"type",params:{type: schema95.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern16.test(data6)){
const err26 = {instancePath:instancePath+"/base_period",schemaPath:"#/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
if(data.value !== undefined){
let data7 = data.value;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err27 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.qualifier !== undefined){
let data8 = data.qualifier;
if((typeof data8 !== "string") && (data8 !== null)){
const err28 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: schema95.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((((data8 === "gt") || (data8 === "gte")) || (data8 === "lt")) || (data8 === "lte")) || (data8 === "approx")) || (data8 === null))){
const err29 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema95.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.decimals !== undefined){
let data9 = data.decimals;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err30 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/decimals",schemaPath:"#/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.unit !== undefined){
if(typeof data.unit !== "string"){
const err32 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.quote !== undefined){
let data11 = data.quote;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err33 = {instancePath:instancePath+"/quote",schemaPath:"#/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/quote",schemaPath:"#/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.start !== undefined){
let data12 = data.start;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err35 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.end !== undefined){
let data13 = data.end;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err37 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err38 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data.line !== undefined){
let data14 = data.line;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err39 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err40 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.column !== undefined){
let data15 = data.column;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err41 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err42 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data.sentence !== undefined){
let data16 = data.sentence;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.text === undefined){
const err43 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.start === undefined){
const err44 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16.end === undefined){
const err45 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key1 in data16){
if(!(((key1 === "text") || (key1 === "start")) || (key1 === "end"))){
const err46 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.text !== undefined){
let data17 = data16.text;
if(typeof data17 === "string"){
if(func4(data17) < 1){
const err47 = {instancePath:instancePath+"/sentence/text",schemaPath:"#/properties/sentence/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/sentence/text",schemaPath:"#/properties/sentence/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.start !== undefined){
let data18 = data16.start;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err49 = {instancePath:instancePath+"/sentence/start",schemaPath:"#/properties/sentence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err50 = {instancePath:instancePath+"/sentence/start",schemaPath:"#/properties/sentence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data16.end !== undefined){
let data19 = data16.end;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err51 = {instancePath:instancePath+"/sentence/end",schemaPath:"#/properties/sentence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err52 = {instancePath:instancePath+"/sentence/end",schemaPath:"#/properties/sentence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err53 = {instancePath:instancePath+"/sentence",schemaPath:"#/properties/sentence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
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
const err54 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
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
const err55 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data20.original === undefined){
const err56 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key2 in data20){
if(!((key2 === "reason") || (key2 === "original"))){
const err57 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data20.reason !== undefined){
if(typeof data20.reason !== "string"){
const err58 = {instancePath:instancePath+"/correction/reason",schemaPath:"#/properties/correction/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.original !== undefined){
let data22 = data20.original;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
const err59 = {instancePath:instancePath+"/correction/original",schemaPath:"#/properties/correction/oneOf/1/properties/original/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
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
const err61 = {instancePath:instancePath+"/correction",schemaPath:"#/properties/correction/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
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
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}

export const publicationJournal = validate83;
const schema290 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"publication-journal.schema.json","title":"PublicationJournal","description":"<output>/.pipeline-publishing/journal.json: the moves of one publication, written once every new file is staged and before the first move, so that the next run can finish or undo a run that was killed. Each step moves a staged name (new/<name>) into the output folder; a step that replaces a name first sets the old one aside (old/<name>). The publication is committed when the last step's staged name is gone.","type":"object","additionalProperties":false,"required":["steps"],"properties":{"steps":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/step"},"description":"In order; versions.json, when it changes, is the last (the commit point)."}},"definitions":{"step":{"type":"object","additionalProperties":false,"required":["name","kind","replaces","sums_sha256"],"properties":{"name":{"type":"string","pattern":"^[^/\\\\]+$","description":"A name at the root of the output folder that the pipeline publishes."},"kind":{"type":"string","enum":["file","folder"]},"replaces":{"type":"boolean","description":"Whether the name existed before (it is set aside, and put back if the publication is undone)."},"sums_sha256":{"type":["string","null"],"pattern":"^[0-9a-f]{64}$","description":"For a new version folder, the SHA-256 of its SHA256SUMS: undoing removes the folder only when it is this one."}}}}};
const schema291 = {"type":"object","additionalProperties":false,"required":["name","kind","replaces","sums_sha256"],"properties":{"name":{"type":"string","pattern":"^[^/\\\\]+$","description":"A name at the root of the output folder that the pipeline publishes."},"kind":{"type":"string","enum":["file","folder"]},"replaces":{"type":"boolean","description":"Whether the name existed before (it is set aside, and put back if the publication is undone)."},"sums_sha256":{"type":["string","null"],"pattern":"^[0-9a-f]{64}$","description":"For a new version folder, the SHA-256 of its SHA256SUMS: undoing removes the folder only when it is this one."}}};
const pattern109 = new RegExp("^[^/\\\\]+$", "u");

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err3 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/definitions/step/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.kind === undefined){
const err4 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/definitions/step/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.replaces === undefined){
const err5 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/definitions/step/required",keyword:"required",params:{missingProperty: "replaces"},message:"must have required property '"+"replaces"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.sums_sha256 === undefined){
const err6 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/definitions/step/required",keyword:"required",params:{missingProperty: "sums_sha256"},message:"must have required property '"+"sums_sha256"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "name") || (key1 === "kind")) || (key1 === "replaces")) || (key1 === "sums_sha256"))){
const err7 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/definitions/step/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(!pattern109.test(data2)){
const err8 = {instancePath:instancePath+"/steps/" + i0+"/name",schemaPath:"#/definitions/step/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]+$"},message:"must match pattern \""+"^[^/\\\\]+$"+"\""};
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
const err9 = {instancePath:instancePath+"/steps/" + i0+"/name",schemaPath:"#/definitions/step/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.kind !== undefined){
let data3 = data1.kind;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/steps/" + i0+"/kind",schemaPath:"#/definitions/step/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data3 === "file") || (data3 === "folder"))){
const err11 = {instancePath:instancePath+"/steps/" + i0+"/kind",schemaPath:"#/definitions/step/properties/kind/enum",keyword:"enum",params:{allowedValues: schema291.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.replaces !== undefined){
if(typeof data1.replaces !== "boolean"){
const err12 = {instancePath:instancePath+"/steps/" + i0+"/replaces",schemaPath:"#/definitions/step/properties/replaces/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.sums_sha256 !== undefined){
let data5 = data1.sums_sha256;
if((typeof data5 !== "string") && (data5 !== null)){
const err13 = {instancePath:instancePath+"/steps/" + i0+"/sums_sha256",schemaPath:"#/definitions/step/properties/sums_sha256/type",keyword:"type",params:{type: schema291.properties.sums_sha256.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data5 === "string"){
if(!pattern62.test(data5)){
const err14 = {instancePath:instancePath+"/steps/" + i0+"/sums_sha256",schemaPath:"#/definitions/step/properties/sums_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
}
else {
const err15 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/definitions/step/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err16 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}

export const source = validate84;

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="source.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.language === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.publisher === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.author === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.institution === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.url === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.published === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.retrieved === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retrieved"},message:"must have required property '"+"retrieved"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.reference_period === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reference_period"},message:"must have required property '"+"reference_period"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.licence === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "licence"},message:"must have required property '"+"licence"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.notes === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema94.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern58.test(data0)){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
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
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if((typeof data1 !== "string") && (data1 !== null)){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: schema94.properties.title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data1 === "string"){
if(func4(data1) < 1){
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data.language !== undefined){
let data2 = data.language;
if(typeof data2 === "string"){
if(!pattern59.test(data2)){
const err17 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
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
const err18 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.publisher !== undefined){
let data3 = data.publisher;
if((typeof data3 !== "string") && (data3 !== null)){
const err19 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: schema94.properties.publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err20 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data.author !== undefined){
let data4 = data.author;
if((typeof data4 !== "string") && (data4 !== null)){
const err21 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: schema94.properties.author.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err22 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data.institution !== undefined){
let data5 = data.institution;
if((typeof data5 !== "string") && (data5 !== null)){
const err23 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: schema94.properties.institution.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err24 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data.url !== undefined){
let data6 = data.url;
if((typeof data6 !== "string") && (data6 !== null)){
const err25 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: schema94.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern60.test(data6)){
const err26 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats14.validate(data6))){
const err27 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
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
if(data.published !== undefined){
let data7 = data.published;
if((typeof data7 !== "string") && (data7 !== null)){
const err28 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/type",keyword:"type",params:{type: schema94.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats16.validate(data7))){
const err29 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data.retrieved !== undefined){
let data8 = data.retrieved;
if((typeof data8 !== "string") && (data8 !== null)){
const err30 = {instancePath:instancePath+"/retrieved",schemaPath:"#/properties/retrieved/type",keyword:"type",params:{type: schema94.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats16.validate(data8))){
const err31 = {instancePath:instancePath+"/retrieved",schemaPath:"#/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data.reference_period !== undefined){
let data9 = data.reference_period;
if(typeof data9 === "string"){
if(!pattern16.test(data9)){
const err32 = {instancePath:instancePath+"/reference_period",schemaPath:"#/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/reference_period",schemaPath:"#/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.licence !== undefined){
let data10 = data.licence;
if((typeof data10 !== "string") && (data10 !== null)){
const err34 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: schema94.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err35 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data.notes !== undefined){
let data11 = data.notes;
if((typeof data11 !== "string") && (data11 !== null)){
const err36 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: schema94.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err37 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}

export const validated = validate73;

export const versions = validate85;
const schema293 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"versions.schema.json","title":"VersionHistory","description":"output/versions.json: every published version, oldest first. A version, once published, is never rewritten; its content_hash is the SHA-256 of its SHA256SUMS file, which lists the SHA-256 of every other file.","type":"object","additionalProperties":false,"required":["package","versions"],"properties":{"package":{"type":"string"},"versions":{"type":"array","items":{"$ref":"#/definitions/version"}}},"definitions":{"keys":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Row keys by table."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"inputs":{"title":"VersionInputs","type":"object","additionalProperties":false,"required":["sources","catalogue","schemas","pipeline","warnings"],"description":"The fingerprint of what a version was built from, recorded when it is published: a later run whose inputs have the same fingerprint publishes the same bytes, so it verifies the published hashes and stops without building anything. Not part of the version's content (SHA256SUMS).","properties":{"sources":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of raw files (name and SHA-256 of each .txt and .source.json)."},"catalogue":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of catalogue files read (name and SHA-256 of each)."},"schemas":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of files under schemas/ (path and SHA-256 of each)."},"pipeline":{"$ref":"#/definitions/sha256","description":"SHA-256 of the pipeline's own code and data (every file under pipeline/ but the catalogue, and package-lock.json) and of the zlib, ICU and Unicode versions of the Node.js that ran it, which the workbook's compression and the number formats depend on."},"warnings":{"type":"integer","minimum":0,"description":"Numbers held back or not accounted for in the build (a --strict run stops on any; it skips the build only when this is 0)."}}},"version":{"type":"object","additionalProperties":false,"required":["version","date","content_hash","bump","summary","sources","changes"],"properties":{"version":{"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},"date":{"type":["string","null"],"format":"date","description":"The day the version was first published."},"content_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"inputs":{"$ref":"#/definitions/inputs"},"bump":{"type":"string","enum":["initial","major","minor","patch"]},"summary":{"type":"string"},"sources":{"type":"array","items":{"type":"string"},"description":"Sources whose rows this version adds, changes or removes (all sources for the first version)."},"changes":{"type":"object","additionalProperties":false,"required":["structure","added","changed","removed","metadata"],"properties":{"structure":{"type":"array","items":{"type":"string"},"description":"Changes to tables and fields (major: removed or retyped; minor: added)."},"added":{"$ref":"#/definitions/keys"},"changed":{"$ref":"#/definitions/keys"},"removed":{"$ref":"#/definitions/keys"},"metadata":{"type":"array","items":{"type":"string"},"description":"Descriptive changes: package metadata, the data card, the workbook."}}}}}}};
const schema294 = {"type":"object","additionalProperties":false,"required":["version","date","content_hash","bump","summary","sources","changes"],"properties":{"version":{"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},"date":{"type":["string","null"],"format":"date","description":"The day the version was first published."},"content_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"inputs":{"$ref":"#/definitions/inputs"},"bump":{"type":"string","enum":["initial","major","minor","patch"]},"summary":{"type":"string"},"sources":{"type":"array","items":{"type":"string"},"description":"Sources whose rows this version adds, changes or removes (all sources for the first version)."},"changes":{"type":"object","additionalProperties":false,"required":["structure","added","changed","removed","metadata"],"properties":{"structure":{"type":"array","items":{"type":"string"},"description":"Changes to tables and fields (major: removed or retyped; minor: added)."},"added":{"$ref":"#/definitions/keys"},"changed":{"$ref":"#/definitions/keys"},"removed":{"$ref":"#/definitions/keys"},"metadata":{"type":"array","items":{"type":"string"},"description":"Descriptive changes: package metadata, the data card, the workbook."}}}}};
const schema300 = {"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Row keys by table."};
const pattern115 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
const schema295 = {"title":"VersionInputs","type":"object","additionalProperties":false,"required":["sources","catalogue","schemas","pipeline","warnings"],"description":"The fingerprint of what a version was built from, recorded when it is published: a later run whose inputs have the same fingerprint publishes the same bytes, so it verifies the published hashes and stops without building anything. Not part of the version's content (SHA256SUMS).","properties":{"sources":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of raw files (name and SHA-256 of each .txt and .source.json)."},"catalogue":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of catalogue files read (name and SHA-256 of each)."},"schemas":{"$ref":"#/definitions/sha256","description":"SHA-256 of the list of files under schemas/ (path and SHA-256 of each)."},"pipeline":{"$ref":"#/definitions/sha256","description":"SHA-256 of the pipeline's own code and data (every file under pipeline/ but the catalogue, and package-lock.json) and of the zlib, ICU and Unicode versions of the Node.js that ran it, which the workbook's compression and the number formats depend on."},"warnings":{"type":"integer","minimum":0,"description":"Numbers held back or not accounted for in the build (a --strict run stops on any; it skips the build only when this is 0)."}}};
const schema296 = {"type":"string","pattern":"^[0-9a-f]{64}$"};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.catalogue === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalogue"},message:"must have required property '"+"catalogue"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.schemas === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemas"},message:"must have required property '"+"schemas"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.pipeline === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pipeline"},message:"must have required property '"+"pipeline"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.warnings === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "warnings"},message:"must have required property '"+"warnings"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "sources") || (key0 === "catalogue")) || (key0 === "schemas")) || (key0 === "pipeline")) || (key0 === "warnings"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sources !== undefined){
let data0 = data.sources;
if(typeof data0 === "string"){
if(!pattern62.test(data0)){
const err6 = {instancePath:instancePath+"/sources",schemaPath:"#/definitions/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err7 = {instancePath:instancePath+"/sources",schemaPath:"#/definitions/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.catalogue !== undefined){
let data1 = data.catalogue;
if(typeof data1 === "string"){
if(!pattern62.test(data1)){
const err8 = {instancePath:instancePath+"/catalogue",schemaPath:"#/definitions/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err9 = {instancePath:instancePath+"/catalogue",schemaPath:"#/definitions/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schemas !== undefined){
let data2 = data.schemas;
if(typeof data2 === "string"){
if(!pattern62.test(data2)){
const err10 = {instancePath:instancePath+"/schemas",schemaPath:"#/definitions/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err11 = {instancePath:instancePath+"/schemas",schemaPath:"#/definitions/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.pipeline !== undefined){
let data3 = data.pipeline;
if(typeof data3 === "string"){
if(!pattern62.test(data3)){
const err12 = {instancePath:instancePath+"/pipeline",schemaPath:"#/definitions/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err13 = {instancePath:instancePath+"/pipeline",schemaPath:"#/definitions/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.warnings !== undefined){
let data4 = data.warnings;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content_hash === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content_hash"},message:"must have required property '"+"content_hash"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.bump === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bump"},message:"must have required property '"+"bump"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.summary === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sources === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.changes === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "version") || (key0 === "date")) || (key0 === "content_hash")) || (key0 === "inputs")) || (key0 === "bump")) || (key0 === "summary")) || (key0 === "sources")) || (key0 === "changes"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 === "string"){
if(!pattern115.test(data0)){
const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"+"\""};
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
const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.date !== undefined){
let data1 = data.date;
if((typeof data1 !== "string") && (data1 !== null)){
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: schema294.properties.date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats16.validate(data1))){
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data.content_hash !== undefined){
let data2 = data.content_hash;
if(typeof data2 === "string"){
if(!pattern62.test(data2)){
const err12 = {instancePath:instancePath+"/content_hash",schemaPath:"#/properties/content_hash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err13 = {instancePath:instancePath+"/content_hash",schemaPath:"#/properties/content_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.inputs !== undefined){
if(!(validate87(data.inputs, {instancePath:instancePath+"/inputs",parentData:data,parentDataProperty:"inputs",rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.bump !== undefined){
let data4 = data.bump;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data4 === "initial") || (data4 === "major")) || (data4 === "minor")) || (data4 === "patch"))){
const err15 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/enum",keyword:"enum",params:{allowedValues: schema294.properties.bump.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err16 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
const err17 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err18 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.changes !== undefined){
let data8 = data.changes;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.structure === undefined){
const err19 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "structure"},message:"must have required property '"+"structure"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.added === undefined){
const err20 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "added"},message:"must have required property '"+"added"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8.changed === undefined){
const err21 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "changed"},message:"must have required property '"+"changed"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.removed === undefined){
const err22 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "removed"},message:"must have required property '"+"removed"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.metadata === undefined){
const err23 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data8){
if(!(((((key1 === "structure") || (key1 === "added")) || (key1 === "changed")) || (key1 === "removed")) || (key1 === "metadata"))){
const err24 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
const err25 = {instancePath:instancePath+"/changes/structure/" + i1,schemaPath:"#/properties/changes/properties/structure/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath:instancePath+"/changes/structure",schemaPath:"#/properties/changes/properties/structure/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.added !== undefined){
let data11 = data8.added;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
let data12 = data11[key2];
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(typeof data12[i2] !== "string"){
const err27 = {instancePath:instancePath+"/changes/added/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/definitions/keys/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err28 = {instancePath:instancePath+"/changes/added/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/keys/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err29 = {instancePath:instancePath+"/changes/added",schemaPath:"#/definitions/keys/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.changed !== undefined){
let data14 = data8.changed;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
let data15 = data14[key3];
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
if(typeof data15[i3] !== "string"){
const err30 = {instancePath:instancePath+"/changes/changed/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/definitions/keys/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err31 = {instancePath:instancePath+"/changes/changed/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/keys/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err32 = {instancePath:instancePath+"/changes/changed",schemaPath:"#/definitions/keys/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.removed !== undefined){
let data17 = data8.removed;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
let data18 = data17[key4];
if(Array.isArray(data18)){
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
if(typeof data18[i4] !== "string"){
const err33 = {instancePath:instancePath+"/changes/removed/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/definitions/keys/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/changes/removed/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/keys/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err35 = {instancePath:instancePath+"/changes/removed",schemaPath:"#/definitions/keys/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data8.metadata !== undefined){
let data20 = data8.metadata;
if(Array.isArray(data20)){
const len5 = data20.length;
for(let i5=0; i5<len5; i5++){
if(typeof data20[i5] !== "string"){
const err36 = {instancePath:instancePath+"/changes/metadata/" + i5,schemaPath:"#/properties/changes/properties/metadata/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err37 = {instancePath:instancePath+"/changes/metadata",schemaPath:"#/properties/changes/properties/metadata/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}


function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate86(data1[i0], {instancePath:instancePath+"/versions/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
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
validate85.errors = vErrors;
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

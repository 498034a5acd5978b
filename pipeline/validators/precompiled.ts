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
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-numerals.schema.json","title":"ArabicNumerals","description":"The Arabic number words the recognizer composes (pipeline/arabic/lexicon/numerals.json). Forms are written as in print, without diacritics or tatweel; the recognizer folds them (أ إ آ → ا, ة → ه, ى → ي) and adds the clitics و ف ب ل ك ال itself. A folded form may belong to one entry only.","type":"object","additionalProperties":false,"required":["units","teenTails","teens","tens","hundreds","scales","fractions","decimalPoints","vague"],"properties":{"units":{"type":"array","description":"Words for 0 to 10, with what each may do in a compound number.","items":{"$ref":"#/definitions/unit"}},"teenTails":{"$ref":"#/definitions/forms","description":"عشر/عشرة after a teen head (ثلاثة عشر، إحدى عشرة). Each must also be a unit of value 10."},"teens":{"type":"array","description":"One-word teens (11 to 19), as in Egyptian حداشر، تلتاشر.","items":{"$ref":"#/definitions/valued"}},"tens":{"type":"array","description":"20 to 90 in the nominative (ون) and the oblique (ين).","items":{"$ref":"#/definitions/valued"}},"hundreds":{"type":"array","description":"100 to 900: مائة/مئة, the duals, and the fused forms (ثلاثمائة).","items":{"$ref":"#/definitions/hundred"}},"scales":{"type":"array","description":"ألف, مليون, مليار, تريليون with their grammatical numbers.","items":{"$ref":"#/definitions/scale"}},"fractions":{"type":"array","description":"نصف, ربع: a fraction of a scale word (نصف مليون) or added after one (مليون ونصف). Never a number alone.","items":{"$ref":"#/definitions/fraction"}},"decimalPoints":{"$ref":"#/definitions/forms","description":"The word for the decimal point between two numbers (واحد فاصلة خمسة)."},"vague":{"$ref":"#/definitions/forms","description":"Words of quantity that are not numbers (عشرات 'dozens of', مئات, بضعة): never a mention; listed so that no entry above takes them."}},"definitions":{"word":{"type":"string","description":"An Arabic word without diacritics or tatweel.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A\\u0671]+$"},"forms":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}},"dialect":{"type":"string","description":"Set when the forms are dialectal rather than Modern Standard Arabic.","enum":["egyptian"]},"unit":{"type":"object","additionalProperties":false,"required":["value","forms","standalone","teenHead","tensHead","hundredHead"],"properties":{"value":{"type":"integer","minimum":0,"maximum":10},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own (واحد yes; أحد and اثنا only inside a compound)."},"teenHead":{"type":"boolean","description":"May be followed by عشر/عشرة to make value + 10."},"tensHead":{"type":"boolean","description":"May be followed by و and a ten (خمسة وعشرون)."},"hundredHead":{"type":"boolean","description":"May be followed by مائة/مئة to make value × 100 (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}},"valued":{"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"integer","minimum":11,"maximum":90},"forms":{"$ref":"#/definitions/forms"},"dialect":{"$ref":"#/definitions/dialect"}}},"hundred":{"type":"object","additionalProperties":false,"required":["value","forms","standalone","multipliable"],"properties":{"value":{"type":"integer","minimum":100,"maximum":900,"multipleOf":100},"forms":{"$ref":"#/definitions/forms"},"standalone":{"type":"boolean","description":"Is a number on its own; false for forms that are also common other words (Egyptian متين is also 'solid'), which count only inside a longer number."},"multipliable":{"type":"boolean","description":"May follow a unit 3–9 written apart (ثلاث مائة)."},"dialect":{"$ref":"#/definitions/dialect"}}},"scale":{"type":"object","additionalProperties":false,"required":["value","singular","dual","plural","accusative","dualConstruct"],"properties":{"value":{"type":"number","enum":[1000,1000000,1000000000,1000000000000]},"singular":{"$ref":"#/definitions/forms","description":"ألف: 1000 alone, or times the number before it."},"dual":{"$ref":"#/definitions/forms","description":"ألفان/ألفين: two of the scale, never after a number."},"plural":{"$ref":"#/definitions/forms","description":"آلاف: only times a number before it; alone it is vague ('thousands of')."},"accusative":{"$ref":"#/definitions/forms","description":"ألفا: times the number before it (أحد عشر ألفا); alone, the dual in construct (ألفا درهم = 2000)."},"dualConstruct":{"$ref":"#/definitions/forms","description":"ألفي: the oblique dual in construct, two of the scale."}}},"fraction":{"type":"object","additionalProperties":false,"required":["value","forms"],"properties":{"value":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"forms":{"$ref":"#/definitions/forms"}}}}};
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

const schema28 = {"type":"object","additionalProperties":false,"required":["value","singular","dual","plural","accusative","dualConstruct"],"properties":{"value":{"type":"number","enum":[1000,1000000,1000000000,1000000000000]},"singular":{"$ref":"#/definitions/forms","description":"ألف: 1000 alone, or times the number before it."},"dual":{"$ref":"#/definitions/forms","description":"ألفان/ألفين: two of the scale, never after a number."},"plural":{"$ref":"#/definitions/forms","description":"آلاف: only times a number before it; alone it is vague ('thousands of')."},"accusative":{"$ref":"#/definitions/forms","description":"ألفا: times the number before it (أحد عشر ألفا); alone, the dual in construct (ألفا درهم = 2000)."},"dualConstruct":{"$ref":"#/definitions/forms","description":"ألفي: the oblique dual in construct, two of the scale."}}};

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
if(data.vague === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vague"},message:"must have required property '"+"vague"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema19.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/teens",schemaPath:"#/properties/teens/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
const err12 = {instancePath:instancePath+"/tens",schemaPath:"#/properties/tens/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/hundreds",schemaPath:"#/properties/hundreds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/scales",schemaPath:"#/properties/scales/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/fractions",schemaPath:"#/properties/fractions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
if(data.vague !== undefined){
if(!(validate14(data.vague, {instancePath:instancePath+"/vague",parentData:data,parentDataProperty:"vague",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
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
validate12.errors = vErrors;
return errors === 0;
}

export const arabicPercent = validate37;
const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-percent.schema.json","title":"ArabicPercent","description":"What makes the number before it a percentage (pipeline/arabic/lexicon/percent.json): a phrase of words (في المائة, بالمئة) or a sign (%, ٪). The phrase or sign is part of the mention.","type":"object","additionalProperties":false,"required":["phrases","signs"],"properties":{"phrases":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","description":"Words without diacritics, separated by one space, written exactly as they follow the number (no clitic is added).","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"}},"signs":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":1}}}};
const pattern9 = new RegExp("^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$", "u");
const func4 = require("ajv/dist/runtime/ucs2length").default;

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate37.errors = vErrors;
return errors === 0;
}

export const arabicQualifiers = validate38;
const schema31 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"arabic-qualifiers.schema.json","title":"ArabicQualifiers","description":"Phrases written right before a number that bound or approximate it (pipeline/arabic/lexicon/qualifiers.json). The first word may carry the clitics و ف ب ل ك (بأكثر من); the mention then starts at the phrase, after the clitics.","type":"object","additionalProperties":false,"required":["qualifiers"],"properties":{"qualifiers":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["phrase","code"],"properties":{"phrase":{"type":"string","description":"Words without diacritics, separated by one space.","pattern":"^[\\u0621-\\u063A\\u0641-\\u064A]+( [\\u0621-\\u063A\\u0641-\\u064A]+)*$"},"code":{"type":"string","enum":["gt","gte","lt","lte","approx"],"description":"gt: more than; gte: at least; lt: less than; lte: at most; approx: about."}}}}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate38.errors = vErrors;
return errors === 0;
}

export const catalogueCorrections = validate39;
const schema32 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-corrections.schema.json","title":"CorrectionCatalogue","description":"Audited corrections of what a source says (pipeline/catalogue/corrections.json). Each names the observation by source, indicator and the exact quote with its start offset; the pipeline fails when the raw text at that offset is no longer the quote.","type":"object","additionalProperties":false,"required":["corrections"],"properties":{"corrections":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["source_id","indicator_id","quote","start","set","reason"],"properties":{"source_id":{"type":"string","minLength":1},"indicator_id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"quote":{"type":"string","minLength":1,"description":"The observation's quote exactly as published."},"start":{"type":"integer","minimum":0,"description":"The observation's start offset."},"set":{"type":"object","additionalProperties":false,"minProperties":1,"description":"The corrected fields.","properties":{"value":{"type":"number"},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"base_period":{"type":["string","null"],"pattern":"^[0-9]{4}$"},"period":{"type":"string","pattern":"^[0-9]{4}$"}}},"reason":{"type":"string","minLength":10,"description":"Why the source is wrong, with the evidence (another source, the institution's release)."}}}}}};
const pattern11 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const pattern12 = new RegExp("^[0-9]{4}$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.source_id === undefined){
const err2 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.indicator_id === undefined){
const err3 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.quote === undefined){
const err4 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "quote"},message:"must have required property '"+"quote"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.start === undefined){
const err5 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.set === undefined){
const err6 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "set"},message:"must have required property '"+"set"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.reason === undefined){
const err7 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "source_id") || (key1 === "indicator_id")) || (key1 === "quote")) || (key1 === "start")) || (key1 === "set")) || (key1 === "reason"))){
const err8 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.source_id !== undefined){
let data2 = data1.source_id;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err9 = {instancePath:instancePath+"/corrections/" + i0+"/source_id",schemaPath:"#/properties/corrections/items/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/corrections/" + i0+"/source_id",schemaPath:"#/properties/corrections/items/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.indicator_id !== undefined){
let data3 = data1.indicator_id;
if(typeof data3 === "string"){
if(!pattern11.test(data3)){
const err11 = {instancePath:instancePath+"/corrections/" + i0+"/indicator_id",schemaPath:"#/properties/corrections/items/properties/indicator_id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err12 = {instancePath:instancePath+"/corrections/" + i0+"/indicator_id",schemaPath:"#/properties/corrections/items/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.quote !== undefined){
let data4 = data1.quote;
if(typeof data4 === "string"){
if(func4(data4) < 1){
const err13 = {instancePath:instancePath+"/corrections/" + i0+"/quote",schemaPath:"#/properties/corrections/items/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err14 = {instancePath:instancePath+"/corrections/" + i0+"/quote",schemaPath:"#/properties/corrections/items/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.start !== undefined){
let data5 = data1.start;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/corrections/" + i0+"/start",schemaPath:"#/properties/corrections/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/corrections/" + i0+"/start",schemaPath:"#/properties/corrections/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data1.set !== undefined){
let data6 = data1.set;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
const err17 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "value") || (key2 === "qualifier")) || (key2 === "base_period")) || (key2 === "period"))){
const err18 = {instancePath:instancePath+"/corrections/" + i0+"/set",schemaPath:"#/properties/corrections/items/properties/set/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.value !== undefined){
let data7 = data6.value;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/corrections/" + i0+"/set/value",schemaPath:"#/properties/corrections/items/properties/set/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.qualifier !== undefined){
let data8 = data6.qualifier;
if((typeof data8 !== "string") && (data8 !== null)){
const err20 = {instancePath:instancePath+"/corrections/" + i0+"/set/qualifier",schemaPath:"#/properties/corrections/items/properties/set/properties/qualifier/type",keyword:"type",params:{type: schema32.properties.corrections.items.properties.set.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((((data8 === "gt") || (data8 === "gte")) || (data8 === "lt")) || (data8 === "lte")) || (data8 === "approx")) || (data8 === null))){
const err21 = {instancePath:instancePath+"/corrections/" + i0+"/set/qualifier",schemaPath:"#/properties/corrections/items/properties/set/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema32.properties.corrections.items.properties.set.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.base_period !== undefined){
let data9 = data6.base_period;
if((typeof data9 !== "string") && (data9 !== null)){
const err22 = {instancePath:instancePath+"/corrections/" + i0+"/set/base_period",schemaPath:"#/properties/corrections/items/properties/set/properties/base_period/type",keyword:"type",params:{type: schema32.properties.corrections.items.properties.set.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err23 = {instancePath:instancePath+"/corrections/" + i0+"/set/base_period",schemaPath:"#/properties/corrections/items/properties/set/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
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
if(data6.period !== undefined){
let data10 = data6.period;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err24 = {instancePath:instancePath+"/corrections/" + i0+"/set/period",schemaPath:"#/properties/corrections/items/properties/set/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""};
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
const err25 = {instancePath:instancePath+"/corrections/" + i0+"/set/period",schemaPath:"#/properties/corrections/items/properties/set/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data1.reason !== undefined){
let data11 = data1.reason;
if(typeof data11 === "string"){
if(func4(data11) < 10){
const err27 = {instancePath:instancePath+"/corrections/" + i0+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
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
const err28 = {instancePath:instancePath+"/corrections/" + i0+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err29 = {instancePath:instancePath+"/corrections/" + i0,schemaPath:"#/properties/corrections/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err30 = {instancePath:instancePath+"/corrections",schemaPath:"#/properties/corrections/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate39.errors = vErrors;
return errors === 0;
}

export const catalogueCruft = validate40;
const schema33 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-cruft.schema.json","title":"CruftRules","description":"Page cruft that ingest sets aside (pipeline/catalogue/cruft.json): lines of a retrieved web page that are not part of the article. Numbers on such lines are accounted for as cruft, never published as observations.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason"],"oneOf":[{"required":["line_equals"]},{"required":["line_pattern"]}],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"reason":{"type":"string","minLength":1,"description":"Why such a line is not part of the article."},"line_equals":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Whole lines (normalised, trimmed) that are cruft."},"line_pattern":{"type":"string","format":"regex","description":"A regular expression (JavaScript, unicode flag) that a whole normalised, trimmed line must match."}}}}}};
const formats0 = formats.regex;

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!((((key1 === "id") || (key1 === "reason")) || (key1 === "line_equals")) || (key1 === "line_pattern"))){
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
}
else {
const err18 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err19 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate40.errors = vErrors;
return errors === 0;
}

export const catalogueDataset = validate41;
const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-dataset.schema.json","title":"DatasetMetadata","description":"What the published data package says about itself (pipeline/catalogue/dataset.json): name, titles, licence, contributors.","type":"object","additionalProperties":false,"required":["name","title","description","licence","publisher","contributors","keywords","homepage","file_stem","limits","spatial_coverage"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9._-]+$","description":"The package name (Frictionless: lower case, '.', '_' and '-')."},"title":{"$ref":"#/definitions/bilingual"},"description":{"$ref":"#/definitions/bilingual"},"licence":{"type":"object","additionalProperties":false,"required":["name","title","path"],"properties":{"name":{"type":"string"},"title":{"type":"string"},"path":{"type":"string","format":"uri"}}},"publisher":{"type":"string","minLength":1,"description":"Who publishes the dataset (for citations)."},"contributors":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["title","roles"],"properties":{"title":{"type":"string"},"roles":{"type":"array","items":{"type":"string"},"minItems":1},"path":{"type":"string","format":"uri"}}}},"keywords":{"type":"array","items":{"type":"string","minLength":1}},"homepage":{"type":["string","null"],"format":"uri","description":"Where the published output lives; null until it has a public address."},"file_stem":{"type":"string","pattern":"^[a-z0-9-]+$","description":"Stem of the workbook's file name (<stem>-<version>.xlsx)."},"limits":{"type":"array","items":{"type":"string","minLength":1},"description":"Known limits of the data, for the data card: what a reader must know before using it."},"spatial_coverage":{"type":"string","minLength":1,"description":"Where the figures apply (for dataset search engines)."}},"definitions":{"bilingual":{"type":"object","additionalProperties":false,"required":["en","ar"],"properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1}}}}};
const schema35 = {"type":"object","additionalProperties":false,"required":["en","ar"],"properties":{"en":{"type":"string","minLength":1},"ar":{"type":"string","minLength":1}}};
const pattern15 = new RegExp("^[a-z0-9._-]+$", "u");
const pattern16 = new RegExp("^[a-z0-9-]+$", "u");
const formats2 = formats.uri;

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.publisher === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "publisher"},message:"must have required property '"+"publisher"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.contributors === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contributors"},message:"must have required property '"+"contributors"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.keywords === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keywords"},message:"must have required property '"+"keywords"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.homepage === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "homepage"},message:"must have required property '"+"homepage"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.file_stem === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file_stem"},message:"must have required property '"+"file_stem"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.limits === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limits"},message:"must have required property '"+"limits"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.spatial_coverage === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spatial_coverage"},message:"must have required property '"+"spatial_coverage"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema34.properties, key0))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern15.test(data0)){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9._-]+$"},message:"must match pattern \""+"^[a-z0-9._-]+$"+"\""};
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
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.en === undefined){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/bilingual/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.ar === undefined){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/bilingual/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "en") || (key1 === "ar"))){
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.en !== undefined){
let data2 = data1.en;
if(typeof data2 === "string"){
if(func4(data2) < 1){
const err17 = {instancePath:instancePath+"/title/en",schemaPath:"#/definitions/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err18 = {instancePath:instancePath+"/title/en",schemaPath:"#/definitions/bilingual/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data1.ar !== undefined){
let data3 = data1.ar;
if(typeof data3 === "string"){
if(func4(data3) < 1){
const err19 = {instancePath:instancePath+"/title/ar",schemaPath:"#/definitions/bilingual/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err20 = {instancePath:instancePath+"/title/ar",schemaPath:"#/definitions/bilingual/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/title",schemaPath:"#/definitions/bilingual/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.en === undefined){
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/bilingual/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data4.ar === undefined){
const err23 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/bilingual/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "en") || (key2 === "ar"))){
const err24 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/bilingual/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.en !== undefined){
let data5 = data4.en;
if(typeof data5 === "string"){
if(func4(data5) < 1){
const err25 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/bilingual/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err26 = {instancePath:instancePath+"/description/en",schemaPath:"#/definitions/bilingual/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.ar !== undefined){
let data6 = data4.ar;
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err27 = {instancePath:instancePath+"/description/ar",schemaPath:"#/definitions/bilingual/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err28 = {instancePath:instancePath+"/description/ar",schemaPath:"#/definitions/bilingual/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err29 = {instancePath:instancePath+"/description",schemaPath:"#/definitions/bilingual/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.licence !== undefined){
let data7 = data.licence;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err30 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data7.title === undefined){
const err31 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data7.path === undefined){
const err32 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data7){
if(!(((key3 === "name") || (key3 === "title")) || (key3 === "path"))){
const err33 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.name !== undefined){
if(typeof data7.name !== "string"){
const err34 = {instancePath:instancePath+"/licence/name",schemaPath:"#/properties/licence/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data7.title !== undefined){
if(typeof data7.title !== "string"){
const err35 = {instancePath:instancePath+"/licence/title",schemaPath:"#/properties/licence/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.path !== undefined){
let data10 = data7.path;
if(typeof data10 === "string"){
if(!(formats2(data10))){
const err36 = {instancePath:instancePath+"/licence/path",schemaPath:"#/properties/licence/properties/path/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err37 = {instancePath:instancePath+"/licence/path",schemaPath:"#/properties/licence/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err38 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.publisher !== undefined){
let data11 = data.publisher;
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err39 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err40 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.contributors !== undefined){
let data12 = data.contributors;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.title === undefined){
const err41 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data13.roles === undefined){
const err42 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key4 in data13){
if(!(((key4 === "title") || (key4 === "roles")) || (key4 === "path"))){
const err43 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.title !== undefined){
if(typeof data13.title !== "string"){
const err44 = {instancePath:instancePath+"/contributors/" + i0+"/title",schemaPath:"#/properties/contributors/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.roles !== undefined){
let data15 = data13.roles;
if(Array.isArray(data15)){
if(data15.length < 1){
const err45 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(typeof data15[i1] !== "string"){
const err46 = {instancePath:instancePath+"/contributors/" + i0+"/roles/" + i1,schemaPath:"#/properties/contributors/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err47 = {instancePath:instancePath+"/contributors/" + i0+"/roles",schemaPath:"#/properties/contributors/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.path !== undefined){
let data17 = data13.path;
if(typeof data17 === "string"){
if(!(formats2(data17))){
const err48 = {instancePath:instancePath+"/contributors/" + i0+"/path",schemaPath:"#/properties/contributors/items/properties/path/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err49 = {instancePath:instancePath+"/contributors/" + i0+"/path",schemaPath:"#/properties/contributors/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err50 = {instancePath:instancePath+"/contributors/" + i0,schemaPath:"#/properties/contributors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err51 = {instancePath:instancePath+"/contributors",schemaPath:"#/properties/contributors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.keywords !== undefined){
let data18 = data.keywords;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
let data19 = data18[i2];
if(typeof data19 === "string"){
if(func4(data19) < 1){
const err52 = {instancePath:instancePath+"/keywords/" + i2,schemaPath:"#/properties/keywords/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err53 = {instancePath:instancePath+"/keywords/" + i2,schemaPath:"#/properties/keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err54 = {instancePath:instancePath+"/keywords",schemaPath:"#/properties/keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.homepage !== undefined){
let data20 = data.homepage;
if((typeof data20 !== "string") && (data20 !== null)){
const err55 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/type",keyword:"type",params:{type: schema34.properties.homepage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(typeof data20 === "string"){
if(!(formats2(data20))){
const err56 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
if(data.file_stem !== undefined){
let data21 = data.file_stem;
if(typeof data21 === "string"){
if(!pattern16.test(data21)){
const err57 = {instancePath:instancePath+"/file_stem",schemaPath:"#/properties/file_stem/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};
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
const err58 = {instancePath:instancePath+"/file_stem",schemaPath:"#/properties/file_stem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.limits !== undefined){
let data22 = data.limits;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i3=0; i3<len3; i3++){
let data23 = data22[i3];
if(typeof data23 === "string"){
if(func4(data23) < 1){
const err59 = {instancePath:instancePath+"/limits/" + i3,schemaPath:"#/properties/limits/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err60 = {instancePath:instancePath+"/limits/" + i3,schemaPath:"#/properties/limits/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err61 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.spatial_coverage !== undefined){
let data24 = data.spatial_coverage;
if(typeof data24 === "string"){
if(func4(data24) < 1){
const err62 = {instancePath:instancePath+"/spatial_coverage",schemaPath:"#/properties/spatial_coverage/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err63 = {instancePath:instancePath+"/spatial_coverage",schemaPath:"#/properties/spatial_coverage/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

export const catalogueDerivations = validate42;
const schema37 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-derivations.schema.json","title":"DerivationCatalogue","description":"Figures derived from the observations (pipeline/catalogue/derivations.json), each of a kind from a closed set, evaluated per period without eval. Inputs name indicators of the indicator catalogue or other derivations (evaluated first; a cycle is an error).","type":"object","additionalProperties":false,"required":["derivations"],"properties":{"derivations":{"type":"array","items":{"$ref":"#/definitions/derivation"}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"derivation":{"oneOf":[{"type":"object","additionalProperties":false,"description":"ratio: a / b. share: 100 × part / whole, in percent. difference: a − b.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"enum":["ratio","difference"]},"inputs":{"type":"object","additionalProperties":false,"required":["a","b"],"properties":{"a":{"$ref":"#/definitions/id"},"b":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"share"},"inputs":{"type":"object","additionalProperties":false,"required":["part","whole"],"properties":{"part":{"$ref":"#/definitions/id"},"whole":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"description":"implied_base: the value in the base year that a value and its percentage change imply, value / (1 + change / 100); its period is the change's base period.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"implied_base"},"inputs":{"type":"object","additionalProperties":false,"required":["value","change"],"properties":{"value":{"$ref":"#/definitions/id"},"change":{"$ref":"#/definitions/id"}}}}}]}}};
const schema38 = {"oneOf":[{"type":"object","additionalProperties":false,"description":"ratio: a / b. share: 100 × part / whole, in percent. difference: a − b.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"enum":["ratio","difference"]},"inputs":{"type":"object","additionalProperties":false,"required":["a","b"],"properties":{"a":{"$ref":"#/definitions/id"},"b":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"share"},"inputs":{"type":"object","additionalProperties":false,"required":["part","whole"],"properties":{"part":{"$ref":"#/definitions/id"},"whole":{"$ref":"#/definitions/id"}}}}},{"type":"object","additionalProperties":false,"description":"implied_base: the value in the base year that a value and its percentage change imply, value / (1 + change / 100); its period is the change's base period.","required":["id","label","description","unit","kind","inputs"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1},"unit":{"type":"string","minLength":1},"kind":{"const":"implied_base"},"inputs":{"type":"object","additionalProperties":false,"required":["value","change"],"properties":{"value":{"$ref":"#/definitions/id"},"change":{"$ref":"#/definitions/id"}}}}}]};
const schema39 = {"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64};
const schema40 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err25 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/enum",keyword:"enum",params:{allowedValues: schema38.oneOf[0].properties.kind.enum},message:"must be equal to one of the allowed values"};
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
validate43.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate43(data0[i0], {instancePath:instancePath+"/derivations/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
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
validate42.errors = vErrors;
return errors === 0;
}

export const catalogueIgnore = validate45;
const schema51 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-ignore.schema.json","title":"IgnoreRules","description":"Numbers that are not figures to publish, each rule with a written reason (pipeline/catalogue/ignore.json). A number matching every condition of a rule is accounted for as ignored.","type":"object","additionalProperties":false,"required":["rules"],"properties":{"rules":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason"],"anyOf":[{"required":["followed_by"]},{"required":["preceded_by"]}],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"reason":{"type":"string","minLength":1},"kinds":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["number","percent"]},"description":"Kinds of mention the rule applies to (all when absent)."},"followed_by":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Folded words without clitics, one of which is the first word after the number."},"preceded_by":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Folded words without clitics, one of which is the last word before the number."},"value_between":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2,"description":"[lowest, highest]: the number's value must lie in this range (inclusive)."}}}}}};
const pattern27 = new RegExp("^[\\u0621-\\u064A]+$", "u");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err14 = {instancePath:instancePath+"/rules/" + i0+"/kinds/" + i1,schemaPath:"#/properties/rules/items/properties/kinds/items/enum",keyword:"enum",params:{allowedValues: schema51.properties.rules.items.properties.kinds.items.enum},message:"must be equal to one of the allowed values"};
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
if(!pattern27.test(data7)){
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
if(!pattern27.test(data9)){
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
validate45.errors = vErrors;
return errors === 0;
}

export const catalogueIndicators = validate46;
const schema52 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"catalogue-indicators.schema.json","title":"IndicatorCatalogue","description":"The indicators the pipeline publishes and the cues that map a number in a text to one of them (pipeline/catalogue/indicators.json). Cue words are written normalised and folded (no diacritics or tatweel; أ/إ/آ as ا, ة as ه, ى as ي) and without clitics (و، ف، ب، ل، ك، ال).","type":"object","additionalProperties":false,"required":["indicators","change_words"],"properties":{"indicators":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/indicator"}},"change_words":{"type":"object","description":"Words announcing a change, found before a percentage in the same sentence: they make it a percentage change and give its sign.","additionalProperties":false,"required":["increase","decrease"],"properties":{"increase":{"$ref":"#/definitions/words"},"decrease":{"$ref":"#/definitions/words"}}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64},"word":{"type":"string","pattern":"^[\\u0621-\\u064A]+$","description":"One folded Arabic word without clitics."},"words":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}},"labels":{"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}},"indicator":{"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1,"description":"What is counted, in English, precisely enough to compare sources."},"unit":{"type":"string","minLength":1,"description":"The unit of the value: a counted noun in English ('files'), or 'percent'."},"kind":{"type":"string","enum":["count","percent_change"],"description":"count: a number of things in the reference period; percent_change: the change of another indicator against a base year, in percent."},"change_of":{"$ref":"#/definitions/id","description":"For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in the sentence, the nearest number before it in the sentence is an observation of this indicator, and a year follows it in its segment (the base year)."},"part_of":{"$ref":"#/definitions/id","description":"A count indicator this one is a part of: its value may not be larger (checked by validate)."},"range":{"type":"object","additionalProperties":false,"description":"Plausible values; validate rejects a value outside.","properties":{"min":{"type":"number"},"max":{"type":"number"}}},"cues":{"type":"object","additionalProperties":false,"required":["counted"],"description":"How a number is recognised as this indicator. Each number's segment runs from the previous number (or the sentence start) to the next number (or the sentence end); years do not cut segments.","properties":{"counted":{"$ref":"#/definitions/words","description":"The counted noun: one of these must be one of the two words after the number, or the dual noun itself ('عمليتين')."},"context":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/words"},"description":"Each item is a list of alternative words; every item must have one of its words in the number's segment."},"exclude":{"$ref":"#/definitions/words","description":"Words that must not appear in the number's segment."}}}},"allOf":[{"if":{"properties":{"kind":{"const":"percent_change"}}},"then":{"required":["change_of"],"properties":{"change_of":true,"cues":false}}},{"if":{"properties":{"kind":{"const":"count"}}},"then":{"required":["cues"],"properties":{"cues":true,"change_of":false}}}]}}};
const schema53 = {"type":"object","additionalProperties":false,"required":["id","label","description","unit","kind"],"properties":{"id":{"$ref":"#/definitions/id"},"label":{"$ref":"#/definitions/labels"},"description":{"type":"string","minLength":1,"description":"What is counted, in English, precisely enough to compare sources."},"unit":{"type":"string","minLength":1,"description":"The unit of the value: a counted noun in English ('files'), or 'percent'."},"kind":{"type":"string","enum":["count","percent_change"],"description":"count: a number of things in the reference period; percent_change: the change of another indicator against a base year, in percent."},"change_of":{"$ref":"#/definitions/id","description":"For a percent_change: the count indicator whose change it is. A percentage maps to it when a change word precedes it in the sentence, the nearest number before it in the sentence is an observation of this indicator, and a year follows it in its segment (the base year)."},"part_of":{"$ref":"#/definitions/id","description":"A count indicator this one is a part of: its value may not be larger (checked by validate)."},"range":{"type":"object","additionalProperties":false,"description":"Plausible values; validate rejects a value outside.","properties":{"min":{"type":"number"},"max":{"type":"number"}}},"cues":{"type":"object","additionalProperties":false,"required":["counted"],"description":"How a number is recognised as this indicator. Each number's segment runs from the previous number (or the sentence start) to the next number (or the sentence end); years do not cut segments.","properties":{"counted":{"$ref":"#/definitions/words","description":"The counted noun: one of these must be one of the two words after the number, or the dual noun itself ('عمليتين')."},"context":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/words"},"description":"Each item is a list of alternative words; every item must have one of its words in the number's segment."},"exclude":{"$ref":"#/definitions/words","description":"Words that must not appear in the number's segment."}}}},"allOf":[{"if":{"properties":{"kind":{"const":"percent_change"}}},"then":{"required":["change_of"],"properties":{"change_of":true,"cues":false}}},{"if":{"properties":{"kind":{"const":"count"}}},"then":{"required":["cues"],"properties":{"cues":true,"change_of":false}}}]};
const schema54 = {"type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":64};
const schema55 = {"type":"object","additionalProperties":false,"required":["ar","en","fr"],"properties":{"ar":{"type":"string","minLength":1},"en":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1}}};
const schema58 = {"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/word"}};
const schema59 = {"type":"string","pattern":"^[\\u0621-\\u064A]+$","description":"One folded Arabic word without clitics."};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern27.test(data0)){
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
validate48.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs7 = errors;
let valid4 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("count" !== data.kind){
const err4 = {};
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
const err5 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "cues"},message:"must have required property '"+"cues"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.change_of !== undefined){
const err6 = {instancePath:instancePath+"/change_of",schemaPath:"#/allOf/1/then/properties/change_of/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid4 = _valid1;
}
if(!valid4){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
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
if(data.label === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.description === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.unit === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.kind === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema53.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
let data4 = data.id;
if(typeof data4 === "string"){
if(func4(data4) > 64){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern11.test(data4)){
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.label !== undefined){
let data5 = data.label;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.ar === undefined){
const err17 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "ar"},message:"must have required property '"+"ar"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.en === undefined){
const err18 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.fr === undefined){
const err19 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/required",keyword:"required",params:{missingProperty: "fr"},message:"must have required property '"+"fr"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "ar") || (key1 === "en")) || (key1 === "fr"))){
const err20 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.ar !== undefined){
let data6 = data5.ar;
if(typeof data6 === "string"){
if(func4(data6) < 1){
const err21 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err22 = {instancePath:instancePath+"/label/ar",schemaPath:"#/definitions/labels/properties/ar/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.en !== undefined){
let data7 = data5.en;
if(typeof data7 === "string"){
if(func4(data7) < 1){
const err23 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err24 = {instancePath:instancePath+"/label/en",schemaPath:"#/definitions/labels/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.fr !== undefined){
let data8 = data5.fr;
if(typeof data8 === "string"){
if(func4(data8) < 1){
const err25 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err26 = {instancePath:instancePath+"/label/fr",schemaPath:"#/definitions/labels/properties/fr/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err27 = {instancePath:instancePath+"/label",schemaPath:"#/definitions/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.description !== undefined){
let data9 = data.description;
if(typeof data9 === "string"){
if(func4(data9) < 1){
const err28 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err29 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.unit !== undefined){
let data10 = data.unit;
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err30 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err31 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.kind !== undefined){
let data11 = data.kind;
if(typeof data11 !== "string"){
const err32 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data11 === "count") || (data11 === "percent_change"))){
const err33 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.change_of !== undefined){
let data12 = data.change_of;
if(typeof data12 === "string"){
if(func4(data12) > 64){
const err34 = {instancePath:instancePath+"/change_of",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern11.test(data12)){
const err35 = {instancePath:instancePath+"/change_of",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err36 = {instancePath:instancePath+"/change_of",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.part_of !== undefined){
let data13 = data.part_of;
if(typeof data13 === "string"){
if(func4(data13) > 64){
const err37 = {instancePath:instancePath+"/part_of",schemaPath:"#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern11.test(data13)){
const err38 = {instancePath:instancePath+"/part_of",schemaPath:"#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
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
const err39 = {instancePath:instancePath+"/part_of",schemaPath:"#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.range !== undefined){
let data14 = data.range;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key2 in data14){
if(!((key2 === "min") || (key2 === "max"))){
const err40 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data14.min !== undefined){
let data15 = data14.min;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err41 = {instancePath:instancePath+"/range/min",schemaPath:"#/properties/range/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.max !== undefined){
let data16 = data14.max;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err42 = {instancePath:instancePath+"/range/max",schemaPath:"#/properties/range/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err43 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.cues !== undefined){
let data17 = data.cues;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.counted === undefined){
const err44 = {instancePath:instancePath+"/cues",schemaPath:"#/properties/cues/required",keyword:"required",params:{missingProperty: "counted"},message:"must have required property '"+"counted"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key3 in data17){
if(!(((key3 === "counted") || (key3 === "context")) || (key3 === "exclude"))){
const err45 = {instancePath:instancePath+"/cues",schemaPath:"#/properties/cues/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.counted !== undefined){
if(!(validate48(data17.counted, {instancePath:instancePath+"/cues/counted",parentData:data17,parentDataProperty:"counted",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data17.context !== undefined){
let data19 = data17.context;
if(Array.isArray(data19)){
if(data19.length < 1){
const err46 = {instancePath:instancePath+"/cues/context",schemaPath:"#/properties/cues/properties/context/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
if(!(validate48(data19[i0], {instancePath:instancePath+"/cues/context/" + i0,parentData:data19,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/cues/context",schemaPath:"#/properties/cues/properties/context/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.exclude !== undefined){
if(!(validate48(data17.exclude, {instancePath:instancePath+"/cues/exclude",parentData:data17,parentDataProperty:"exclude",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/cues",schemaPath:"#/properties/cues/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate47(data0[i0], {instancePath:instancePath+"/indicators/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
if(!(validate48(data2.increase, {instancePath:instancePath+"/change_words/increase",parentData:data2,parentDataProperty:"increase",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data2.decrease !== undefined){
if(!(validate48(data2.decrease, {instancePath:instancePath+"/change_words/decrease",parentData:data2,parentDataProperty:"decrease",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
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
validate46.errors = vErrors;
return errors === 0;
}

export const coverage = validate55;
const schema60 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"coverage.schema.json","title":"CoverageReport","description":"The coverage stage's report (work/coverage.json): how every number found is accounted for.","type":"object","additionalProperties":false,"required":["sources","numbers","byStatus","unaccounted"],"properties":{"sources":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"byStatus":{"type":"object","additionalProperties":false,"required":["observation","restatement","held_back","unaccounted","year","date","time","identifier","ignored","cruft"],"properties":{"observation":{"type":"integer","minimum":0},"restatement":{"type":"integer","minimum":0},"held_back":{"type":"integer","minimum":0},"unaccounted":{"type":"integer","minimum":0},"year":{"type":"integer","minimum":0},"date":{"type":"integer","minimum":0},"time":{"type":"integer","minimum":0},"identifier":{"type":"integer","minimum":0},"ignored":{"type":"integer","minimum":0},"cruft":{"type":"integer","minimum":0}}},"unaccounted":{"type":"array","items":{"type":"string"},"description":"One line per unaccounted number: file:line:column and the reason."}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema60.properties.byStatus.properties, key1))){
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
validate55.errors = vErrors;
return errors === 0;
}

export const cueAffixes = validate56;
const schema61 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"cue-affixes.schema.json","title":"CueAffixes","description":"The clitics and endings that may surround a catalogue cue word in a text (pipeline/extract/cue-affixes.json), so that a cue 'ملف' matches 'ملفا', 'الملفات' and 'وبالملفات'. Written folded.","type":"object","additionalProperties":false,"required":["prefixes","suffixes","feminine_suffixes","fillers"],"properties":{"prefixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Attached conjunctions, prepositions and the article, alone and combined (و، ب، ال، وبال …)."},"suffixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]*$"},"description":"Endings after a cue: case and number endings, the accusative alif, attached pronouns."},"feminine_suffixes":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Endings that replace a cue's final ه (ة): plural ات, dual تين/تان, construct تي/تا."},"fillers":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[\\u0621-\\u064A]+$"},"description":"Words that may stand between a number and its counted noun ('5800 من الملفات')."}}};
const pattern34 = new RegExp("^[\\u0621-\\u064A]*$", "u");

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!pattern27.test(data1)){
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
if(!pattern34.test(data3)){
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
if(!pattern27.test(data5)){
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
if(!pattern27.test(data7)){
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
validate56.errors = vErrors;
return errors === 0;
}

export const derived = validate57;
const schema62 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"derived.schema.json","title":"DerivedDataset","description":"The derive stage's artifact (work/derived.json): the validated dataset and the figures derived from it.","type":"object","additionalProperties":false,"required":["validated","derived"],"properties":{"validated":{"$ref":"validated.schema.json"},"derived":{"type":"array","items":{"$ref":"#/definitions/derivedFigure"}}},"definitions":{"derivedFigure":{"title":"DerivedFigure","type":"object","additionalProperties":false,"required":["derived_id","period","value","qualifier","lower","upper","unit","method","inputs","reason"],"properties":{"derived_id":{"type":"string","description":"The derivation's id in the catalogue."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes."},"value":{"type":["number","null"],"description":"The point value; null when it cannot be computed (see reason). For a one-sided result, the bound, with the qualifier saying which side."},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"lower":{"type":["number","null"],"description":"Lowest value the inputs allow (rounding and qualifiers); null when unbounded or unknown."},"upper":{"type":["number","null"],"description":"Highest value the inputs allow; null when unbounded or unknown."},"unit":{"type":"string"},"method":{"type":"string","description":"The formula, in terms of indicator ids."},"inputs":{"type":"array","items":{"type":"string"},"description":"observation_id of every input."},"reason":{"type":["string","null"],"description":"Why the value is empty (a missing input, a division by zero)."}}}}};
const schema67 = {"title":"DerivedFigure","type":"object","additionalProperties":false,"required":["derived_id","period","value","qualifier","lower","upper","unit","method","inputs","reason"],"properties":{"derived_id":{"type":"string","description":"The derivation's id in the catalogue."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes."},"value":{"type":["number","null"],"description":"The point value; null when it cannot be computed (see reason). For a one-sided result, the bound, with the qualifier saying which side."},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"lower":{"type":["number","null"],"description":"Lowest value the inputs allow (rounding and qualifiers); null when unbounded or unknown."},"upper":{"type":["number","null"],"description":"Highest value the inputs allow; null when unbounded or unknown."},"unit":{"type":"string"},"method":{"type":"string","description":"The formula, in terms of indicator ids."},"inputs":{"type":"array","items":{"type":"string"},"description":"observation_id of every input."},"reason":{"type":["string","null"],"description":"Why the value is empty (a missing input, a division by zero)."}}};
const schema63 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"validated.schema.json","title":"ValidatedDataset","description":"The validate stage's artifact (work/validated.json): every source's metadata, all observations and mentions, checked within and across sources. Quotes have been checked against the raw text, which later stages no longer need.","type":"object","additionalProperties":false,"required":["sources","observations","mentions","warnings"],"properties":{"sources":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["file","metadata","sha256","bytes"],"properties":{"file":{"type":"string"},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer","minimum":1}}}},"observations":{"type":"array","items":{"$ref":"observation.schema.json"}},"mentions":{"type":"array","items":{"$ref":"mention.schema.json"}},"warnings":{"type":"array","items":{"type":"string"},"description":"Problems that do not stop publication (unaccounted numbers without --strict)."}}};
const schema64 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"source.schema.json","title":"SourceMetadata","description":"What is known of one source: raw/<id>.source.json beside raw/<id>.txt. Every field is required; a value that is not known is null, never guessed.","type":"object","additionalProperties":false,"required":["id","title","language","publisher","author","institution","url","published","retrieved","reference_period","licence","notes"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$","description":"The file name stem shared by raw/<id>.txt and raw/<id>.source.json: letters, digits, '.', '_' and '-', starting with a letter or digit."},"title":{"type":["string","null"],"minLength":1,"description":"The title of the text as published."},"language":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$","description":"BCP 47 language tag of the text, e.g. 'ar'."},"publisher":{"type":["string","null"],"minLength":1,"description":"The outlet that published the text."},"author":{"type":["string","null"],"minLength":1,"description":"The author of the text."},"institution":{"type":["string","null"],"minLength":1,"description":"The institution whose figures the text reports."},"url":{"type":["string","null"],"format":"iri","description":"Where the text can be read (an IRI: Arabic letters are allowed)."},"published":{"type":["string","null"],"format":"date","description":"Date the text was published (YYYY-MM-DD)."},"retrieved":{"type":["string","null"],"format":"date","description":"Date the text was retrieved (YYYY-MM-DD)."},"reference_period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figures describe: a calendar year (YYYY), a half-year (YYYY-H1, YYYY-H2) or a quarter (YYYY-Q1 … YYYY-Q4)."},"licence":{"type":["string","null"],"minLength":1,"description":"Licence of the text (an SPDX identifier or a short statement)."},"notes":{"type":["string","null"],"minLength":1,"description":"Provenance and anything a reader should know about the source."}}};
const schema65 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"observation.schema.json","title":"Observation","description":"One figure a source states for an indicator and period, with the exact quote it comes from.","type":"object","additionalProperties":false,"required":["observation_id","source_id","indicator_id","breakdown","category","period","base_period","value","qualifier","unit","quote","start","end","line","column","sentence","correction"],"properties":{"observation_id":{"type":"string","description":"<source_id>/<indicator_id>/<period>, with /<category> for a figure of a breakdown and /vs<base_period> for a change."},"source_id":{"type":"string"},"indicator_id":{"type":"string"},"breakdown":{"type":["string","null"],"description":"For a figure of one category of a breakdown (case type, partner country), the breakdown's id in the catalogue; null otherwise."},"category":{"type":["string","null"],"description":"The category's code in the breakdown's code list; null when breakdown is null."},"period":{"type":"string","pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes (see pipeline/lib/period.ts)."},"base_period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"For a percentage change, the period it is compared with."},"value":{"type":"number"},"qualifier":{"type":["string","null"],"enum":["gt","gte","lt","lte","approx",null]},"decimals":{"type":"integer","minimum":0,"description":"Digits written after the decimal separator: the value is rounded to half a unit of the last one."},"unit":{"type":"string"},"quote":{"type":"string","minLength":1},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"sentence":{"type":"object","additionalProperties":false,"required":["text","start","end"],"description":"The sentence of the source that holds the quote, with its raw offsets: what gives the figure its meaning.","properties":{"text":{"type":"string","minLength":1},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1}}},"correction":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["reason","original"],"properties":{"reason":{"type":"string"},"original":{"type":"object","description":"The corrected fields as extracted from the text."}}}]}}};
const schema66 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"mention.schema.json","title":"AccountedMention","description":"A number found in a source and how it is accounted for.","type":"object","additionalProperties":false,"required":["source_id","text","value","kind","form","start","end","line","column","status","indicator_id","period","observation_id","evidence","reason"],"properties":{"source_id":{"type":"string"},"text":{"type":"string"},"value":{"type":"number"},"kind":{"type":"string","enum":["number","percent","year","date","time","identifier"]},"qualifier":{"type":"string","enum":["gt","gte","lt","lte","approx"]},"form":{"type":"string","enum":["digits","words","mixed","dual"]},"decimals":{"type":"integer","minimum":0},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"status":{"type":"string","enum":["observation","restatement","held_back","unaccounted","year","date","time","identifier","ignored","cruft"],"description":"observation: published as the observation named by observation_id; restatement: the same figure stated again (a rounded headline, another source), agreeing with the observation named by observation_id, which is more precise; held_back: a figure the run cannot vouch for (a conflict, an ambiguity, an unclear period), not published (a warning; an error with --strict); unaccounted: no catalogued indicator counts it (a warning; an error with --strict); year, date, time, identifier: not a figure (a calendar year, a date or time of day, an address or reference number); ignored: an ignore rule matched; cruft: on a page-cruft line."},"indicator_id":{"type":["string","null"]},"period":{"type":["string","null"],"pattern":"^[0-9]{4}(-(H[12]|Q[1-4]))?$","description":"The period the figure describes, when its indicator is known."},"observation_id":{"type":["string","null"],"description":"For an observation, its id; for a restatement, the id of the observation it restates; null otherwise."},"evidence":{"type":["string","null"],"description":"The words that decided the indicator and period (the counted noun, context and qualifying words, a governing verb, a period phrase)."},"reason":{"type":["string","null"],"description":"For ignored, cruft and unaccounted mentions: why."}}};
const pattern37 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern38 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
const pattern39 = new RegExp("^[0-9]{4}(-(H[12]|Q[1-4]))?$", "u");
const pattern40 = new RegExp("^[0-9a-f]{64}$", "u");
const formats8 = formats.iri;
const formats10 = formats.date;

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema64.properties, key2))){
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
if(!pattern37.test(data4)){
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
const err26 = {instancePath:instancePath+"/sources/" + i0+"/metadata/title",schemaPath:"source.schema.json/properties/title/type",keyword:"type",params:{type: schema64.properties.title.type},message:"must be string,null"};
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
if(!pattern38.test(data6)){
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
const err30 = {instancePath:instancePath+"/sources/" + i0+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/type",keyword:"type",params:{type: schema64.properties.publisher.type},message:"must be string,null"};
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
const err32 = {instancePath:instancePath+"/sources/" + i0+"/metadata/author",schemaPath:"source.schema.json/properties/author/type",keyword:"type",params:{type: schema64.properties.author.type},message:"must be string,null"};
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
const err34 = {instancePath:instancePath+"/sources/" + i0+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/type",keyword:"type",params:{type: schema64.properties.institution.type},message:"must be string,null"};
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
const err36 = {instancePath:instancePath+"/sources/" + i0+"/metadata/url",schemaPath:"source.schema.json/properties/url/type",keyword:"type",params:{type: schema64.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats8.validate(data10))){
const err37 = {instancePath:instancePath+"/sources/" + i0+"/metadata/url",schemaPath:"source.schema.json/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
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
if(data3.published !== undefined){
let data11 = data3.published;
if((typeof data11 !== "string") && (data11 !== null)){
const err38 = {instancePath:instancePath+"/sources/" + i0+"/metadata/published",schemaPath:"source.schema.json/properties/published/type",keyword:"type",params:{type: schema64.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats10.validate(data11))){
const err39 = {instancePath:instancePath+"/sources/" + i0+"/metadata/published",schemaPath:"source.schema.json/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data3.retrieved !== undefined){
let data12 = data3.retrieved;
if((typeof data12 !== "string") && (data12 !== null)){
const err40 = {instancePath:instancePath+"/sources/" + i0+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/type",keyword:"type",params:{type: schema64.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data12 === "string"){
if(!(formats10.validate(data12))){
const err41 = {instancePath:instancePath+"/sources/" + i0+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data3.reference_period !== undefined){
let data13 = data3.reference_period;
if(typeof data13 === "string"){
if(!pattern39.test(data13)){
const err42 = {instancePath:instancePath+"/sources/" + i0+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err43 = {instancePath:instancePath+"/sources/" + i0+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data3.licence !== undefined){
let data14 = data3.licence;
if((typeof data14 !== "string") && (data14 !== null)){
const err44 = {instancePath:instancePath+"/sources/" + i0+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/type",keyword:"type",params:{type: schema64.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err45 = {instancePath:instancePath+"/sources/" + i0+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data3.notes !== undefined){
let data15 = data3.notes;
if((typeof data15 !== "string") && (data15 !== null)){
const err46 = {instancePath:instancePath+"/sources/" + i0+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/type",keyword:"type",params:{type: schema64.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(typeof data15 === "string"){
if(func4(data15) < 1){
const err47 = {instancePath:instancePath+"/sources/" + i0+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
}
else {
const err48 = {instancePath:instancePath+"/sources/" + i0+"/metadata",schemaPath:"source.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data1.sha256 !== undefined){
let data16 = data1.sha256;
if(typeof data16 === "string"){
if(!pattern40.test(data16)){
const err49 = {instancePath:instancePath+"/sources/" + i0+"/sha256",schemaPath:"#/properties/sources/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/sources/" + i0+"/sha256",schemaPath:"#/properties/sources/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data1.bytes !== undefined){
let data17 = data1.bytes;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err51 = {instancePath:instancePath+"/sources/" + i0+"/bytes",schemaPath:"#/properties/sources/items/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
const err52 = {instancePath:instancePath+"/sources/" + i0+"/bytes",schemaPath:"#/properties/sources/items/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err53 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err54 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
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
const err55 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data19.source_id === undefined){
const err56 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data19.indicator_id === undefined){
const err57 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data19.breakdown === undefined){
const err58 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19.category === undefined){
const err59 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data19.period === undefined){
const err60 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data19.base_period === undefined){
const err61 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "base_period"},message:"must have required property '"+"base_period"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data19.value === undefined){
const err62 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data19.qualifier === undefined){
const err63 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "qualifier"},message:"must have required property '"+"qualifier"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data19.unit === undefined){
const err64 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data19.quote === undefined){
const err65 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "quote"},message:"must have required property '"+"quote"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data19.start === undefined){
const err66 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data19.end === undefined){
const err67 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data19.line === undefined){
const err68 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data19.column === undefined){
const err69 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data19.sentence === undefined){
const err70 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "sentence"},message:"must have required property '"+"sentence"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data19.correction === undefined){
const err71 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "correction"},message:"must have required property '"+"correction"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key3 in data19){
if(!(func2.call(schema65.properties, key3))){
const err72 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data19.observation_id !== undefined){
if(typeof data19.observation_id !== "string"){
const err73 = {instancePath:instancePath+"/observations/" + i1+"/observation_id",schemaPath:"observation.schema.json/properties/observation_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data19.source_id !== undefined){
if(typeof data19.source_id !== "string"){
const err74 = {instancePath:instancePath+"/observations/" + i1+"/source_id",schemaPath:"observation.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data19.indicator_id !== undefined){
if(typeof data19.indicator_id !== "string"){
const err75 = {instancePath:instancePath+"/observations/" + i1+"/indicator_id",schemaPath:"observation.schema.json/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data19.breakdown !== undefined){
let data23 = data19.breakdown;
if((typeof data23 !== "string") && (data23 !== null)){
const err76 = {instancePath:instancePath+"/observations/" + i1+"/breakdown",schemaPath:"observation.schema.json/properties/breakdown/type",keyword:"type",params:{type: schema65.properties.breakdown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data19.category !== undefined){
let data24 = data19.category;
if((typeof data24 !== "string") && (data24 !== null)){
const err77 = {instancePath:instancePath+"/observations/" + i1+"/category",schemaPath:"observation.schema.json/properties/category/type",keyword:"type",params:{type: schema65.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data19.period !== undefined){
let data25 = data19.period;
if(typeof data25 === "string"){
if(!pattern39.test(data25)){
const err78 = {instancePath:instancePath+"/observations/" + i1+"/period",schemaPath:"observation.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err79 = {instancePath:instancePath+"/observations/" + i1+"/period",schemaPath:"observation.schema.json/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data19.base_period !== undefined){
let data26 = data19.base_period;
if((typeof data26 !== "string") && (data26 !== null)){
const err80 = {instancePath:instancePath+"/observations/" + i1+"/base_period",schemaPath:"observation.schema.json/properties/base_period/type",keyword:"type",params:{type: schema65.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(typeof data26 === "string"){
if(!pattern39.test(data26)){
const err81 = {instancePath:instancePath+"/observations/" + i1+"/base_period",schemaPath:"observation.schema.json/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
if(data19.value !== undefined){
let data27 = data19.value;
if(!((typeof data27 == "number") && (isFinite(data27)))){
const err82 = {instancePath:instancePath+"/observations/" + i1+"/value",schemaPath:"observation.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data19.qualifier !== undefined){
let data28 = data19.qualifier;
if((typeof data28 !== "string") && (data28 !== null)){
const err83 = {instancePath:instancePath+"/observations/" + i1+"/qualifier",schemaPath:"observation.schema.json/properties/qualifier/type",keyword:"type",params:{type: schema65.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!((((((data28 === "gt") || (data28 === "gte")) || (data28 === "lt")) || (data28 === "lte")) || (data28 === "approx")) || (data28 === null))){
const err84 = {instancePath:instancePath+"/observations/" + i1+"/qualifier",schemaPath:"observation.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema65.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data19.decimals !== undefined){
let data29 = data19.decimals;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err85 = {instancePath:instancePath+"/observations/" + i1+"/decimals",schemaPath:"observation.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err86 = {instancePath:instancePath+"/observations/" + i1+"/decimals",schemaPath:"observation.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data19.unit !== undefined){
if(typeof data19.unit !== "string"){
const err87 = {instancePath:instancePath+"/observations/" + i1+"/unit",schemaPath:"observation.schema.json/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data19.quote !== undefined){
let data31 = data19.quote;
if(typeof data31 === "string"){
if(func4(data31) < 1){
const err88 = {instancePath:instancePath+"/observations/" + i1+"/quote",schemaPath:"observation.schema.json/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err89 = {instancePath:instancePath+"/observations/" + i1+"/quote",schemaPath:"observation.schema.json/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data19.start !== undefined){
let data32 = data19.start;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err90 = {instancePath:instancePath+"/observations/" + i1+"/start",schemaPath:"observation.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err91 = {instancePath:instancePath+"/observations/" + i1+"/start",schemaPath:"observation.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data19.end !== undefined){
let data33 = data19.end;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err92 = {instancePath:instancePath+"/observations/" + i1+"/end",schemaPath:"observation.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 1 || isNaN(data33)){
const err93 = {instancePath:instancePath+"/observations/" + i1+"/end",schemaPath:"observation.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data19.line !== undefined){
let data34 = data19.line;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err94 = {instancePath:instancePath+"/observations/" + i1+"/line",schemaPath:"observation.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 1 || isNaN(data34)){
const err95 = {instancePath:instancePath+"/observations/" + i1+"/line",schemaPath:"observation.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
if(data19.column !== undefined){
let data35 = data19.column;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err96 = {instancePath:instancePath+"/observations/" + i1+"/column",schemaPath:"observation.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 1 || isNaN(data35)){
const err97 = {instancePath:instancePath+"/observations/" + i1+"/column",schemaPath:"observation.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data19.sentence !== undefined){
let data36 = data19.sentence;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.text === undefined){
const err98 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data36.start === undefined){
const err99 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data36.end === undefined){
const err100 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key4 in data36){
if(!(((key4 === "text") || (key4 === "start")) || (key4 === "end"))){
const err101 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data36.text !== undefined){
let data37 = data36.text;
if(typeof data37 === "string"){
if(func4(data37) < 1){
const err102 = {instancePath:instancePath+"/observations/" + i1+"/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/observations/" + i1+"/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data36.start !== undefined){
let data38 = data36.start;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err104 = {instancePath:instancePath+"/observations/" + i1+"/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err105 = {instancePath:instancePath+"/observations/" + i1+"/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
if(data36.end !== undefined){
let data39 = data36.end;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err106 = {instancePath:instancePath+"/observations/" + i1+"/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 1 || isNaN(data39)){
const err107 = {instancePath:instancePath+"/observations/" + i1+"/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
}
else {
const err108 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
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
const err109 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
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
const err110 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data40.original === undefined){
const err111 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key5 in data40){
if(!((key5 === "reason") || (key5 === "original"))){
const err112 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data40.reason !== undefined){
if(typeof data40.reason !== "string"){
const err113 = {instancePath:instancePath+"/observations/" + i1+"/correction/reason",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data40.original !== undefined){
let data42 = data40.original;
if(!(data42 && typeof data42 == "object" && !Array.isArray(data42))){
const err114 = {instancePath:instancePath+"/observations/" + i1+"/correction/original",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/original/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err115 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
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
const err116 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
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
const err117 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/observations",schemaPath:"#/properties/observations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
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
const err119 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data44.text === undefined){
const err120 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data44.value === undefined){
const err121 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data44.kind === undefined){
const err122 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data44.form === undefined){
const err123 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data44.start === undefined){
const err124 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data44.end === undefined){
const err125 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data44.line === undefined){
const err126 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data44.column === undefined){
const err127 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data44.status === undefined){
const err128 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data44.indicator_id === undefined){
const err129 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data44.period === undefined){
const err130 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data44.observation_id === undefined){
const err131 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data44.evidence === undefined){
const err132 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data44.reason === undefined){
const err133 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
for(const key6 in data44){
if(!(func2.call(schema66.properties, key6))){
const err134 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data44.source_id !== undefined){
if(typeof data44.source_id !== "string"){
const err135 = {instancePath:instancePath+"/mentions/" + i2+"/source_id",schemaPath:"mention.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data44.text !== undefined){
if(typeof data44.text !== "string"){
const err136 = {instancePath:instancePath+"/mentions/" + i2+"/text",schemaPath:"mention.schema.json/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data44.value !== undefined){
let data47 = data44.value;
if(!((typeof data47 == "number") && (isFinite(data47)))){
const err137 = {instancePath:instancePath+"/mentions/" + i2+"/value",schemaPath:"mention.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data44.kind !== undefined){
let data48 = data44.kind;
if(typeof data48 !== "string"){
const err138 = {instancePath:instancePath+"/mentions/" + i2+"/kind",schemaPath:"mention.schema.json/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(!((((((data48 === "number") || (data48 === "percent")) || (data48 === "year")) || (data48 === "date")) || (data48 === "time")) || (data48 === "identifier"))){
const err139 = {instancePath:instancePath+"/mentions/" + i2+"/kind",schemaPath:"mention.schema.json/properties/kind/enum",keyword:"enum",params:{allowedValues: schema66.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data44.qualifier !== undefined){
let data49 = data44.qualifier;
if(typeof data49 !== "string"){
const err140 = {instancePath:instancePath+"/mentions/" + i2+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!(((((data49 === "gt") || (data49 === "gte")) || (data49 === "lt")) || (data49 === "lte")) || (data49 === "approx"))){
const err141 = {instancePath:instancePath+"/mentions/" + i2+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema66.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data44.form !== undefined){
let data50 = data44.form;
if(typeof data50 !== "string"){
const err142 = {instancePath:instancePath+"/mentions/" + i2+"/form",schemaPath:"mention.schema.json/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!((((data50 === "digits") || (data50 === "words")) || (data50 === "mixed")) || (data50 === "dual"))){
const err143 = {instancePath:instancePath+"/mentions/" + i2+"/form",schemaPath:"mention.schema.json/properties/form/enum",keyword:"enum",params:{allowedValues: schema66.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data44.decimals !== undefined){
let data51 = data44.decimals;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err144 = {instancePath:instancePath+"/mentions/" + i2+"/decimals",schemaPath:"mention.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err145 = {instancePath:instancePath+"/mentions/" + i2+"/decimals",schemaPath:"mention.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data44.start !== undefined){
let data52 = data44.start;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err146 = {instancePath:instancePath+"/mentions/" + i2+"/start",schemaPath:"mention.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err147 = {instancePath:instancePath+"/mentions/" + i2+"/start",schemaPath:"mention.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data44.end !== undefined){
let data53 = data44.end;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err148 = {instancePath:instancePath+"/mentions/" + i2+"/end",schemaPath:"mention.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err149 = {instancePath:instancePath+"/mentions/" + i2+"/end",schemaPath:"mention.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
if(data44.line !== undefined){
let data54 = data44.line;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err150 = {instancePath:instancePath+"/mentions/" + i2+"/line",schemaPath:"mention.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 1 || isNaN(data54)){
const err151 = {instancePath:instancePath+"/mentions/" + i2+"/line",schemaPath:"mention.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
if(data44.column !== undefined){
let data55 = data44.column;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err152 = {instancePath:instancePath+"/mentions/" + i2+"/column",schemaPath:"mention.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 1 || isNaN(data55)){
const err153 = {instancePath:instancePath+"/mentions/" + i2+"/column",schemaPath:"mention.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
if(data44.status !== undefined){
let data56 = data44.status;
if(typeof data56 !== "string"){
const err154 = {instancePath:instancePath+"/mentions/" + i2+"/status",schemaPath:"mention.schema.json/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!((((((((((data56 === "observation") || (data56 === "restatement")) || (data56 === "held_back")) || (data56 === "unaccounted")) || (data56 === "year")) || (data56 === "date")) || (data56 === "time")) || (data56 === "identifier")) || (data56 === "ignored")) || (data56 === "cruft"))){
const err155 = {instancePath:instancePath+"/mentions/" + i2+"/status",schemaPath:"mention.schema.json/properties/status/enum",keyword:"enum",params:{allowedValues: schema66.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data44.indicator_id !== undefined){
let data57 = data44.indicator_id;
if((typeof data57 !== "string") && (data57 !== null)){
const err156 = {instancePath:instancePath+"/mentions/" + i2+"/indicator_id",schemaPath:"mention.schema.json/properties/indicator_id/type",keyword:"type",params:{type: schema66.properties.indicator_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data44.period !== undefined){
let data58 = data44.period;
if((typeof data58 !== "string") && (data58 !== null)){
const err157 = {instancePath:instancePath+"/mentions/" + i2+"/period",schemaPath:"mention.schema.json/properties/period/type",keyword:"type",params:{type: schema66.properties.period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(typeof data58 === "string"){
if(!pattern39.test(data58)){
const err158 = {instancePath:instancePath+"/mentions/" + i2+"/period",schemaPath:"mention.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
if(data44.observation_id !== undefined){
let data59 = data44.observation_id;
if((typeof data59 !== "string") && (data59 !== null)){
const err159 = {instancePath:instancePath+"/mentions/" + i2+"/observation_id",schemaPath:"mention.schema.json/properties/observation_id/type",keyword:"type",params:{type: schema66.properties.observation_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data44.evidence !== undefined){
let data60 = data44.evidence;
if((typeof data60 !== "string") && (data60 !== null)){
const err160 = {instancePath:instancePath+"/mentions/" + i2+"/evidence",schemaPath:"mention.schema.json/properties/evidence/type",keyword:"type",params:{type: schema66.properties.evidence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data44.reason !== undefined){
let data61 = data44.reason;
if((typeof data61 !== "string") && (data61 !== null)){
const err161 = {instancePath:instancePath+"/mentions/" + i2+"/reason",schemaPath:"mention.schema.json/properties/reason/type",keyword:"type",params:{type: schema66.properties.reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/mentions/" + i2,schemaPath:"mention.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err163 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
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
const err164 = {instancePath:instancePath+"/warnings/" + i3,schemaPath:"#/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err165 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err166 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate58(data.validated, {instancePath:instancePath+"/validated",parentData:data,parentDataProperty:"validated",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
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
if(!(func2.call(schema67.properties, key1))){
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
if(!pattern39.test(data4)){
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
const err17 = {instancePath:instancePath+"/derived/" + i0+"/value",schemaPath:"#/definitions/derivedFigure/properties/value/type",keyword:"type",params:{type: schema67.properties.value.type},message:"must be number,null"};
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
const err18 = {instancePath:instancePath+"/derived/" + i0+"/qualifier",schemaPath:"#/definitions/derivedFigure/properties/qualifier/type",keyword:"type",params:{type: schema67.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((data6 === "gt") || (data6 === "gte")) || (data6 === "lt")) || (data6 === "lte")) || (data6 === "approx")) || (data6 === null))){
const err19 = {instancePath:instancePath+"/derived/" + i0+"/qualifier",schemaPath:"#/definitions/derivedFigure/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema67.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
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
const err20 = {instancePath:instancePath+"/derived/" + i0+"/lower",schemaPath:"#/definitions/derivedFigure/properties/lower/type",keyword:"type",params:{type: schema67.properties.lower.type},message:"must be number,null"};
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
const err21 = {instancePath:instancePath+"/derived/" + i0+"/upper",schemaPath:"#/definitions/derivedFigure/properties/upper/type",keyword:"type",params:{type: schema67.properties.upper.type},message:"must be number,null"};
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
const err26 = {instancePath:instancePath+"/derived/" + i0+"/reason",schemaPath:"#/definitions/derivedFigure/properties/reason/type",keyword:"type",params:{type: schema67.properties.reason.type},message:"must be string,null"};
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
validate57.errors = vErrors;
return errors === 0;
}

export const extracted = validate60;
const schema68 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"extracted.schema.json","title":"ExtractedSource","description":"The extract stage's artifact for one source (work/extracted/<id>.json): every number found, how each is accounted for, and the observations.","type":"object","additionalProperties":false,"required":["id","file","metadata","sha256","bytes","text","mentions","observations"],"properties":{"id":{"type":"string"},"file":{"type":"string"},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer","minimum":1},"text":{"type":"string","description":"The raw text, kept so that later stages can check every quote against it."},"mentions":{"type":"array","items":{"$ref":"mention.schema.json"}},"observations":{"type":"array","items":{"$ref":"observation.schema.json"}}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.observations === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "observations"},message:"must have required property '"+"observations"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "file")) || (key0 === "metadata")) || (key0 === "sha256")) || (key0 === "bytes")) || (key0 === "text")) || (key0 === "mentions")) || (key0 === "observations"))){
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
if(!(func2.call(schema64.properties, key1))){
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
if(!pattern37.test(data3)){
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
const err26 = {instancePath:instancePath+"/metadata/title",schemaPath:"source.schema.json/properties/title/type",keyword:"type",params:{type: schema64.properties.title.type},message:"must be string,null"};
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
if(!pattern38.test(data5)){
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
const err30 = {instancePath:instancePath+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/type",keyword:"type",params:{type: schema64.properties.publisher.type},message:"must be string,null"};
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
const err32 = {instancePath:instancePath+"/metadata/author",schemaPath:"source.schema.json/properties/author/type",keyword:"type",params:{type: schema64.properties.author.type},message:"must be string,null"};
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
const err34 = {instancePath:instancePath+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/type",keyword:"type",params:{type: schema64.properties.institution.type},message:"must be string,null"};
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
const err36 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/type",keyword:"type",params:{type: schema64.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats8.validate(data9))){
const err37 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
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
if(data2.published !== undefined){
let data10 = data2.published;
if((typeof data10 !== "string") && (data10 !== null)){
const err38 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/type",keyword:"type",params:{type: schema64.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats10.validate(data10))){
const err39 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data2.retrieved !== undefined){
let data11 = data2.retrieved;
if((typeof data11 !== "string") && (data11 !== null)){
const err40 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/type",keyword:"type",params:{type: schema64.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats10.validate(data11))){
const err41 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data2.reference_period !== undefined){
let data12 = data2.reference_period;
if(typeof data12 === "string"){
if(!pattern39.test(data12)){
const err42 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err43 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data2.licence !== undefined){
let data13 = data2.licence;
if((typeof data13 !== "string") && (data13 !== null)){
const err44 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/type",keyword:"type",params:{type: schema64.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err45 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data2.notes !== undefined){
let data14 = data2.notes;
if((typeof data14 !== "string") && (data14 !== null)){
const err46 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/type",keyword:"type",params:{type: schema64.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err47 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
}
else {
const err48 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data15 = data.sha256;
if(typeof data15 === "string"){
if(!pattern40.test(data15)){
const err49 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.bytes !== undefined){
let data16 = data.bytes;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err51 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err52 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err53 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
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
const err54 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data19.text === undefined){
const err55 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data19.value === undefined){
const err56 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data19.kind === undefined){
const err57 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data19.form === undefined){
const err58 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "form"},message:"must have required property '"+"form"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data19.start === undefined){
const err59 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data19.end === undefined){
const err60 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data19.line === undefined){
const err61 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data19.column === undefined){
const err62 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data19.status === undefined){
const err63 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data19.indicator_id === undefined){
const err64 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data19.period === undefined){
const err65 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data19.observation_id === undefined){
const err66 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data19.evidence === undefined){
const err67 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data19.reason === undefined){
const err68 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key2 in data19){
if(!(func2.call(schema66.properties, key2))){
const err69 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data19.source_id !== undefined){
if(typeof data19.source_id !== "string"){
const err70 = {instancePath:instancePath+"/mentions/" + i0+"/source_id",schemaPath:"mention.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data19.text !== undefined){
if(typeof data19.text !== "string"){
const err71 = {instancePath:instancePath+"/mentions/" + i0+"/text",schemaPath:"mention.schema.json/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data19.value !== undefined){
let data22 = data19.value;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err72 = {instancePath:instancePath+"/mentions/" + i0+"/value",schemaPath:"mention.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data19.kind !== undefined){
let data23 = data19.kind;
if(typeof data23 !== "string"){
const err73 = {instancePath:instancePath+"/mentions/" + i0+"/kind",schemaPath:"mention.schema.json/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!((((((data23 === "number") || (data23 === "percent")) || (data23 === "year")) || (data23 === "date")) || (data23 === "time")) || (data23 === "identifier"))){
const err74 = {instancePath:instancePath+"/mentions/" + i0+"/kind",schemaPath:"mention.schema.json/properties/kind/enum",keyword:"enum",params:{allowedValues: schema66.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data19.qualifier !== undefined){
let data24 = data19.qualifier;
if(typeof data24 !== "string"){
const err75 = {instancePath:instancePath+"/mentions/" + i0+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!(((((data24 === "gt") || (data24 === "gte")) || (data24 === "lt")) || (data24 === "lte")) || (data24 === "approx"))){
const err76 = {instancePath:instancePath+"/mentions/" + i0+"/qualifier",schemaPath:"mention.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema66.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data19.form !== undefined){
let data25 = data19.form;
if(typeof data25 !== "string"){
const err77 = {instancePath:instancePath+"/mentions/" + i0+"/form",schemaPath:"mention.schema.json/properties/form/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!((((data25 === "digits") || (data25 === "words")) || (data25 === "mixed")) || (data25 === "dual"))){
const err78 = {instancePath:instancePath+"/mentions/" + i0+"/form",schemaPath:"mention.schema.json/properties/form/enum",keyword:"enum",params:{allowedValues: schema66.properties.form.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data19.decimals !== undefined){
let data26 = data19.decimals;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err79 = {instancePath:instancePath+"/mentions/" + i0+"/decimals",schemaPath:"mention.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err80 = {instancePath:instancePath+"/mentions/" + i0+"/decimals",schemaPath:"mention.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data19.start !== undefined){
let data27 = data19.start;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err81 = {instancePath:instancePath+"/mentions/" + i0+"/start",schemaPath:"mention.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err82 = {instancePath:instancePath+"/mentions/" + i0+"/start",schemaPath:"mention.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data19.end !== undefined){
let data28 = data19.end;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err83 = {instancePath:instancePath+"/mentions/" + i0+"/end",schemaPath:"mention.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 1 || isNaN(data28)){
const err84 = {instancePath:instancePath+"/mentions/" + i0+"/end",schemaPath:"mention.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data19.line !== undefined){
let data29 = data19.line;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err85 = {instancePath:instancePath+"/mentions/" + i0+"/line",schemaPath:"mention.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 1 || isNaN(data29)){
const err86 = {instancePath:instancePath+"/mentions/" + i0+"/line",schemaPath:"mention.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data19.column !== undefined){
let data30 = data19.column;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err87 = {instancePath:instancePath+"/mentions/" + i0+"/column",schemaPath:"mention.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 1 || isNaN(data30)){
const err88 = {instancePath:instancePath+"/mentions/" + i0+"/column",schemaPath:"mention.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data19.status !== undefined){
let data31 = data19.status;
if(typeof data31 !== "string"){
const err89 = {instancePath:instancePath+"/mentions/" + i0+"/status",schemaPath:"mention.schema.json/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!((((((((((data31 === "observation") || (data31 === "restatement")) || (data31 === "held_back")) || (data31 === "unaccounted")) || (data31 === "year")) || (data31 === "date")) || (data31 === "time")) || (data31 === "identifier")) || (data31 === "ignored")) || (data31 === "cruft"))){
const err90 = {instancePath:instancePath+"/mentions/" + i0+"/status",schemaPath:"mention.schema.json/properties/status/enum",keyword:"enum",params:{allowedValues: schema66.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data19.indicator_id !== undefined){
let data32 = data19.indicator_id;
if((typeof data32 !== "string") && (data32 !== null)){
const err91 = {instancePath:instancePath+"/mentions/" + i0+"/indicator_id",schemaPath:"mention.schema.json/properties/indicator_id/type",keyword:"type",params:{type: schema66.properties.indicator_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data19.period !== undefined){
let data33 = data19.period;
if((typeof data33 !== "string") && (data33 !== null)){
const err92 = {instancePath:instancePath+"/mentions/" + i0+"/period",schemaPath:"mention.schema.json/properties/period/type",keyword:"type",params:{type: schema66.properties.period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(typeof data33 === "string"){
if(!pattern39.test(data33)){
const err93 = {instancePath:instancePath+"/mentions/" + i0+"/period",schemaPath:"mention.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
if(data19.observation_id !== undefined){
let data34 = data19.observation_id;
if((typeof data34 !== "string") && (data34 !== null)){
const err94 = {instancePath:instancePath+"/mentions/" + i0+"/observation_id",schemaPath:"mention.schema.json/properties/observation_id/type",keyword:"type",params:{type: schema66.properties.observation_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data19.evidence !== undefined){
let data35 = data19.evidence;
if((typeof data35 !== "string") && (data35 !== null)){
const err95 = {instancePath:instancePath+"/mentions/" + i0+"/evidence",schemaPath:"mention.schema.json/properties/evidence/type",keyword:"type",params:{type: schema66.properties.evidence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data19.reason !== undefined){
let data36 = data19.reason;
if((typeof data36 !== "string") && (data36 !== null)){
const err96 = {instancePath:instancePath+"/mentions/" + i0+"/reason",schemaPath:"mention.schema.json/properties/reason/type",keyword:"type",params:{type: schema66.properties.reason.type},message:"must be string,null"};
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
else {
const err97 = {instancePath:instancePath+"/mentions/" + i0,schemaPath:"mention.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err98 = {instancePath:instancePath+"/mentions",schemaPath:"#/properties/mentions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.observations !== undefined){
let data37 = data.observations;
if(Array.isArray(data37)){
const len1 = data37.length;
for(let i1=0; i1<len1; i1++){
let data38 = data37[i1];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.observation_id === undefined){
const err99 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "observation_id"},message:"must have required property '"+"observation_id"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data38.source_id === undefined){
const err100 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "source_id"},message:"must have required property '"+"source_id"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data38.indicator_id === undefined){
const err101 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "indicator_id"},message:"must have required property '"+"indicator_id"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data38.breakdown === undefined){
const err102 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data38.category === undefined){
const err103 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data38.period === undefined){
const err104 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data38.base_period === undefined){
const err105 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "base_period"},message:"must have required property '"+"base_period"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data38.value === undefined){
const err106 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data38.qualifier === undefined){
const err107 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "qualifier"},message:"must have required property '"+"qualifier"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data38.unit === undefined){
const err108 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data38.quote === undefined){
const err109 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "quote"},message:"must have required property '"+"quote"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data38.start === undefined){
const err110 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data38.end === undefined){
const err111 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data38.line === undefined){
const err112 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data38.column === undefined){
const err113 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data38.sentence === undefined){
const err114 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "sentence"},message:"must have required property '"+"sentence"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data38.correction === undefined){
const err115 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/required",keyword:"required",params:{missingProperty: "correction"},message:"must have required property '"+"correction"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
for(const key3 in data38){
if(!(func2.call(schema65.properties, key3))){
const err116 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data38.observation_id !== undefined){
if(typeof data38.observation_id !== "string"){
const err117 = {instancePath:instancePath+"/observations/" + i1+"/observation_id",schemaPath:"observation.schema.json/properties/observation_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data38.source_id !== undefined){
if(typeof data38.source_id !== "string"){
const err118 = {instancePath:instancePath+"/observations/" + i1+"/source_id",schemaPath:"observation.schema.json/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data38.indicator_id !== undefined){
if(typeof data38.indicator_id !== "string"){
const err119 = {instancePath:instancePath+"/observations/" + i1+"/indicator_id",schemaPath:"observation.schema.json/properties/indicator_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data38.breakdown !== undefined){
let data42 = data38.breakdown;
if((typeof data42 !== "string") && (data42 !== null)){
const err120 = {instancePath:instancePath+"/observations/" + i1+"/breakdown",schemaPath:"observation.schema.json/properties/breakdown/type",keyword:"type",params:{type: schema65.properties.breakdown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data38.category !== undefined){
let data43 = data38.category;
if((typeof data43 !== "string") && (data43 !== null)){
const err121 = {instancePath:instancePath+"/observations/" + i1+"/category",schemaPath:"observation.schema.json/properties/category/type",keyword:"type",params:{type: schema65.properties.category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data38.period !== undefined){
let data44 = data38.period;
if(typeof data44 === "string"){
if(!pattern39.test(data44)){
const err122 = {instancePath:instancePath+"/observations/" + i1+"/period",schemaPath:"observation.schema.json/properties/period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err123 = {instancePath:instancePath+"/observations/" + i1+"/period",schemaPath:"observation.schema.json/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data38.base_period !== undefined){
let data45 = data38.base_period;
if((typeof data45 !== "string") && (data45 !== null)){
const err124 = {instancePath:instancePath+"/observations/" + i1+"/base_period",schemaPath:"observation.schema.json/properties/base_period/type",keyword:"type",params:{type: schema65.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(typeof data45 === "string"){
if(!pattern39.test(data45)){
const err125 = {instancePath:instancePath+"/observations/" + i1+"/base_period",schemaPath:"observation.schema.json/properties/base_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
if(data38.value !== undefined){
let data46 = data38.value;
if(!((typeof data46 == "number") && (isFinite(data46)))){
const err126 = {instancePath:instancePath+"/observations/" + i1+"/value",schemaPath:"observation.schema.json/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data38.qualifier !== undefined){
let data47 = data38.qualifier;
if((typeof data47 !== "string") && (data47 !== null)){
const err127 = {instancePath:instancePath+"/observations/" + i1+"/qualifier",schemaPath:"observation.schema.json/properties/qualifier/type",keyword:"type",params:{type: schema65.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(!((((((data47 === "gt") || (data47 === "gte")) || (data47 === "lt")) || (data47 === "lte")) || (data47 === "approx")) || (data47 === null))){
const err128 = {instancePath:instancePath+"/observations/" + i1+"/qualifier",schemaPath:"observation.schema.json/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema65.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data38.decimals !== undefined){
let data48 = data38.decimals;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err129 = {instancePath:instancePath+"/observations/" + i1+"/decimals",schemaPath:"observation.schema.json/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err130 = {instancePath:instancePath+"/observations/" + i1+"/decimals",schemaPath:"observation.schema.json/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
if(data38.unit !== undefined){
if(typeof data38.unit !== "string"){
const err131 = {instancePath:instancePath+"/observations/" + i1+"/unit",schemaPath:"observation.schema.json/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data38.quote !== undefined){
let data50 = data38.quote;
if(typeof data50 === "string"){
if(func4(data50) < 1){
const err132 = {instancePath:instancePath+"/observations/" + i1+"/quote",schemaPath:"observation.schema.json/properties/quote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/observations/" + i1+"/quote",schemaPath:"observation.schema.json/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data38.start !== undefined){
let data51 = data38.start;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err134 = {instancePath:instancePath+"/observations/" + i1+"/start",schemaPath:"observation.schema.json/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err135 = {instancePath:instancePath+"/observations/" + i1+"/start",schemaPath:"observation.schema.json/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
if(data38.end !== undefined){
let data52 = data38.end;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err136 = {instancePath:instancePath+"/observations/" + i1+"/end",schemaPath:"observation.schema.json/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 1 || isNaN(data52)){
const err137 = {instancePath:instancePath+"/observations/" + i1+"/end",schemaPath:"observation.schema.json/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
if(data38.line !== undefined){
let data53 = data38.line;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err138 = {instancePath:instancePath+"/observations/" + i1+"/line",schemaPath:"observation.schema.json/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 1 || isNaN(data53)){
const err139 = {instancePath:instancePath+"/observations/" + i1+"/line",schemaPath:"observation.schema.json/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
if(data38.column !== undefined){
let data54 = data38.column;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err140 = {instancePath:instancePath+"/observations/" + i1+"/column",schemaPath:"observation.schema.json/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 1 || isNaN(data54)){
const err141 = {instancePath:instancePath+"/observations/" + i1+"/column",schemaPath:"observation.schema.json/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data38.sentence !== undefined){
let data55 = data38.sentence;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.text === undefined){
const err142 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data55.start === undefined){
const err143 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data55.end === undefined){
const err144 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
for(const key4 in data55){
if(!(((key4 === "text") || (key4 === "start")) || (key4 === "end"))){
const err145 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data55.text !== undefined){
let data56 = data55.text;
if(typeof data56 === "string"){
if(func4(data56) < 1){
const err146 = {instancePath:instancePath+"/observations/" + i1+"/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/observations/" + i1+"/sentence/text",schemaPath:"observation.schema.json/properties/sentence/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data55.start !== undefined){
let data57 = data55.start;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err148 = {instancePath:instancePath+"/observations/" + i1+"/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 0 || isNaN(data57)){
const err149 = {instancePath:instancePath+"/observations/" + i1+"/sentence/start",schemaPath:"observation.schema.json/properties/sentence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
if(data55.end !== undefined){
let data58 = data55.end;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err150 = {instancePath:instancePath+"/observations/" + i1+"/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 1 || isNaN(data58)){
const err151 = {instancePath:instancePath+"/observations/" + i1+"/sentence/end",schemaPath:"observation.schema.json/properties/sentence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
}
else {
const err152 = {instancePath:instancePath+"/observations/" + i1+"/sentence",schemaPath:"observation.schema.json/properties/sentence/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data38.correction !== undefined){
let data59 = data38.correction;
const _errs128 = errors;
let valid12 = false;
let passing0 = null;
const _errs129 = errors;
if(data59 !== null){
const err153 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
var _valid0 = _errs129 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs131 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.reason === undefined){
const err154 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data59.original === undefined){
const err155 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/required",keyword:"required",params:{missingProperty: "original"},message:"must have required property '"+"original"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
for(const key5 in data59){
if(!((key5 === "reason") || (key5 === "original"))){
const err156 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data59.reason !== undefined){
if(typeof data59.reason !== "string"){
const err157 = {instancePath:instancePath+"/observations/" + i1+"/correction/reason",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data59.original !== undefined){
let data61 = data59.original;
if(!(data61 && typeof data61 == "object" && !Array.isArray(data61))){
const err158 = {instancePath:instancePath+"/observations/" + i1+"/correction/original",schemaPath:"observation.schema.json/properties/correction/oneOf/1/properties/original/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
var _valid0 = _errs131 === errors;
if(_valid0 && valid12){
valid12 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid12 = true;
passing0 = 1;
}
}
if(!valid12){
const err160 = {instancePath:instancePath+"/observations/" + i1+"/correction",schemaPath:"observation.schema.json/properties/correction/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
else {
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err161 = {instancePath:instancePath+"/observations/" + i1,schemaPath:"observation.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/observations",schemaPath:"#/properties/observations/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err163 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}

export const ingested = validate61;
const schema72 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"ingested.schema.json","title":"IngestedSource","description":"The ingest stage's artifact for one source (work/ingested/<id>.json): the raw text as decoded, its hash, the normalised text with a map back to raw offsets, the page cruft set aside and the sentences. All offsets are JavaScript string indices into `text`.","type":"object","additionalProperties":false,"required":["id","file","metadata","sha256","bytes","text","normalised","offset_map","cruft","sentences"],"properties":{"id":{"type":"string"},"file":{"type":"string","description":"The raw text file as the user named it."},"metadata":{"$ref":"source.schema.json"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the raw bytes."},"bytes":{"type":"integer","minimum":1},"text":{"type":"string","description":"The raw bytes decoded as strict UTF-8, a byte-order mark kept as U+FEFF so that offsets count every stored character."},"normalised":{"type":"string","description":"NFC, no tatweel, diacritics, bidi or zero-width marks, ASCII quotes and digits."},"offset_map":{"type":"array","description":"Breakpoints as a flat list [n0, r0, n1, r1, …] (see arabic/normalise.ts, rawOffset): a normalised index i maps to raw r + (i − n) for the last pair with n ≤ i.","items":{"type":"integer","minimum":0}},"cruft":{"type":"array","description":"Lines set aside as page cruft, by rule.","items":{"type":"object","additionalProperties":false,"required":["start","end","rule"],"properties":{"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":0},"rule":{"type":"string"}}}},"sentences":{"type":"array","description":"Sentences of the article (cruft excluded), as raw spans.","items":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":0}}}}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema72.properties, key0))){
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
if(!(func2.call(schema64.properties, key1))){
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
if(!pattern37.test(data3)){
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
const err28 = {instancePath:instancePath+"/metadata/title",schemaPath:"source.schema.json/properties/title/type",keyword:"type",params:{type: schema64.properties.title.type},message:"must be string,null"};
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
if(!pattern38.test(data5)){
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
const err32 = {instancePath:instancePath+"/metadata/publisher",schemaPath:"source.schema.json/properties/publisher/type",keyword:"type",params:{type: schema64.properties.publisher.type},message:"must be string,null"};
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
const err34 = {instancePath:instancePath+"/metadata/author",schemaPath:"source.schema.json/properties/author/type",keyword:"type",params:{type: schema64.properties.author.type},message:"must be string,null"};
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
const err36 = {instancePath:instancePath+"/metadata/institution",schemaPath:"source.schema.json/properties/institution/type",keyword:"type",params:{type: schema64.properties.institution.type},message:"must be string,null"};
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
const err38 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/type",keyword:"type",params:{type: schema64.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats8.validate(data9))){
const err39 = {instancePath:instancePath+"/metadata/url",schemaPath:"source.schema.json/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
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
if(data2.published !== undefined){
let data10 = data2.published;
if((typeof data10 !== "string") && (data10 !== null)){
const err40 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/type",keyword:"type",params:{type: schema64.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data10 === "string"){
if(!(formats10.validate(data10))){
const err41 = {instancePath:instancePath+"/metadata/published",schemaPath:"source.schema.json/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data2.retrieved !== undefined){
let data11 = data2.retrieved;
if((typeof data11 !== "string") && (data11 !== null)){
const err42 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/type",keyword:"type",params:{type: schema64.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats10.validate(data11))){
const err43 = {instancePath:instancePath+"/metadata/retrieved",schemaPath:"source.schema.json/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data2.reference_period !== undefined){
let data12 = data2.reference_period;
if(typeof data12 === "string"){
if(!pattern39.test(data12)){
const err44 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err45 = {instancePath:instancePath+"/metadata/reference_period",schemaPath:"source.schema.json/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data2.licence !== undefined){
let data13 = data2.licence;
if((typeof data13 !== "string") && (data13 !== null)){
const err46 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/type",keyword:"type",params:{type: schema64.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(typeof data13 === "string"){
if(func4(data13) < 1){
const err47 = {instancePath:instancePath+"/metadata/licence",schemaPath:"source.schema.json/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data2.notes !== undefined){
let data14 = data2.notes;
if((typeof data14 !== "string") && (data14 !== null)){
const err48 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/type",keyword:"type",params:{type: schema64.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(typeof data14 === "string"){
if(func4(data14) < 1){
const err49 = {instancePath:instancePath+"/metadata/notes",schemaPath:"source.schema.json/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
}
else {
const err50 = {instancePath:instancePath+"/metadata",schemaPath:"source.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data15 = data.sha256;
if(typeof data15 === "string"){
if(!pattern40.test(data15)){
const err51 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err52 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.bytes !== undefined){
let data16 = data.bytes;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err53 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err54 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err55 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.normalised !== undefined){
if(typeof data.normalised !== "string"){
const err56 = {instancePath:instancePath+"/normalised",schemaPath:"#/properties/normalised/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
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
const err57 = {instancePath:instancePath+"/offset_map/" + i0,schemaPath:"#/properties/offset_map/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err58 = {instancePath:instancePath+"/offset_map/" + i0,schemaPath:"#/properties/offset_map/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err59 = {instancePath:instancePath+"/offset_map",schemaPath:"#/properties/offset_map/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
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
const err60 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data22.end === undefined){
const err61 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data22.rule === undefined){
const err62 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key2 in data22){
if(!(((key2 === "start") || (key2 === "end")) || (key2 === "rule"))){
const err63 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data22.start !== undefined){
let data23 = data22.start;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err64 = {instancePath:instancePath+"/cruft/" + i1+"/start",schemaPath:"#/properties/cruft/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err65 = {instancePath:instancePath+"/cruft/" + i1+"/start",schemaPath:"#/properties/cruft/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data22.end !== undefined){
let data24 = data22.end;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err66 = {instancePath:instancePath+"/cruft/" + i1+"/end",schemaPath:"#/properties/cruft/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err67 = {instancePath:instancePath+"/cruft/" + i1+"/end",schemaPath:"#/properties/cruft/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data22.rule !== undefined){
if(typeof data22.rule !== "string"){
const err68 = {instancePath:instancePath+"/cruft/" + i1+"/rule",schemaPath:"#/properties/cruft/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err69 = {instancePath:instancePath+"/cruft/" + i1,schemaPath:"#/properties/cruft/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err70 = {instancePath:instancePath+"/cruft",schemaPath:"#/properties/cruft/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
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
const err71 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data27.end === undefined){
const err72 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key3 in data27){
if(!((key3 === "start") || (key3 === "end"))){
const err73 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data27.start !== undefined){
let data28 = data27.start;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err74 = {instancePath:instancePath+"/sentences/" + i2+"/start",schemaPath:"#/properties/sentences/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err75 = {instancePath:instancePath+"/sentences/" + i2+"/start",schemaPath:"#/properties/sentences/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
if(data27.end !== undefined){
let data29 = data27.end;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err76 = {instancePath:instancePath+"/sentences/" + i2+"/end",schemaPath:"#/properties/sentences/items/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err77 = {instancePath:instancePath+"/sentences/" + i2+"/end",schemaPath:"#/properties/sentences/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
}
else {
const err78 = {instancePath:instancePath+"/sentences/" + i2,schemaPath:"#/properties/sentences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err79 = {instancePath:instancePath+"/sentences",schemaPath:"#/properties/sentences/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err80 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}

export const mention = validate62;

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema66.properties, key0))){
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
const err20 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema66.properties.kind.enum},message:"must be equal to one of the allowed values"};
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
const err22 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema66.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
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
const err24 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/enum",keyword:"enum",params:{allowedValues: schema66.properties.form.enum},message:"must be equal to one of the allowed values"};
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
const err36 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema66.properties.status.enum},message:"must be equal to one of the allowed values"};
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
const err37 = {instancePath:instancePath+"/indicator_id",schemaPath:"#/properties/indicator_id/type",keyword:"type",params:{type: schema66.properties.indicator_id.type},message:"must be string,null"};
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
const err38 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: schema66.properties.period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern39.test(data13)){
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
const err40 = {instancePath:instancePath+"/observation_id",schemaPath:"#/properties/observation_id/type",keyword:"type",params:{type: schema66.properties.observation_id.type},message:"must be string,null"};
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
const err41 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: schema66.properties.evidence.type},message:"must be string,null"};
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
const err42 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema66.properties.reason.type},message:"must be string,null"};
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
validate62.errors = vErrors;
return errors === 0;
}

export const numberMention = validate63;
const schema75 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"number-mention.schema.json","title":"NumberMention","description":"One quantity recognised in a text: the exact span, its value and how it was written. Offsets are JavaScript string indices (UTF-16 code units) into the text exactly as given, end exclusive, so text === input.slice(start, end).","type":"object","additionalProperties":false,"required":["text","value","kind","start","end","form"],"properties":{"text":{"type":"string","minLength":1,"description":"The exact characters of the mention, from its qualifier (if any) to its last number word, percent sign or scale word; attached clitics (و، ب، ل، ف، ك، ال) in front are not part of it."},"value":{"type":"number","description":"The value as written: 5800 for '5 آلاف و800', 24 for '24 في المائة', 2021 for a year."},"kind":{"type":"string","enum":["number","percent","year","date","time","identifier"],"description":"number and percent are quantities; year is a calendar year; date and time are a date or a time of day written in digits; identifier is a digit sequence that names rather than counts (an IP address, a phone or reference number). Only numbers and percentages can be figures."},"start":{"type":"integer","minimum":0},"end":{"type":"integer","minimum":1},"qualifier":{"type":"string","enum":["gt","gte","lt","lte","approx"],"description":"A qualifier written in front of the number (أكثر من → gt, ما لا يقل عن → gte, أقل من → lt, حوالي → approx …). Absent when there is none."},"form":{"type":"string","enum":["digits","words","mixed","dual"],"description":"How the number is written: digits only, number words only, digits with scale or number words ('5 آلاف و800'), or the dual of a counted noun ('عمليتين')."},"decimals":{"type":"integer","minimum":0,"description":"Digits written after the decimal separator (0 for integers); the rounding the text allows is half a unit of the last written digit."}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema75.properties.kind.enum},message:"must be equal to one of the allowed values"};
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
const err17 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema75.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
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
const err19 = {instancePath:instancePath+"/form",schemaPath:"#/properties/form/enum",keyword:"enum",params:{allowedValues: schema75.properties.form.enum},message:"must be equal to one of the allowed values"};
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
validate63.errors = vErrors;
return errors === 0;
}

export const observation = validate64;

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema65.properties, key0))){
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
const err21 = {instancePath:instancePath+"/breakdown",schemaPath:"#/properties/breakdown/type",keyword:"type",params:{type: schema65.properties.breakdown.type},message:"must be string,null"};
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
const err22 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: schema65.properties.category.type},message:"must be string,null"};
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
if(!pattern39.test(data5)){
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
const err25 = {instancePath:instancePath+"/base_period",schemaPath:"#/properties/base_period/type",keyword:"type",params:{type: schema65.properties.base_period.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern39.test(data6)){
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
const err28 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: schema65.properties.qualifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((((data8 === "gt") || (data8 === "gte")) || (data8 === "lt")) || (data8 === "lte")) || (data8 === "approx")) || (data8 === null))){
const err29 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/enum",keyword:"enum",params:{allowedValues: schema65.properties.qualifier.enum},message:"must be equal to one of the allowed values"};
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
validate64.errors = vErrors;
return errors === 0;
}

export const source = validate65;

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(func2.call(schema64.properties, key0))){
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
if(!pattern37.test(data0)){
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
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: schema64.properties.title.type},message:"must be string,null"};
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
if(!pattern38.test(data2)){
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
const err19 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: schema64.properties.publisher.type},message:"must be string,null"};
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
const err21 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: schema64.properties.author.type},message:"must be string,null"};
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
const err23 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: schema64.properties.institution.type},message:"must be string,null"};
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
const err25 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: schema64.properties.url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data6 === "string"){
if(!(formats8.validate(data6))){
const err26 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "iri"},message:"must match format \""+"iri"+"\""};
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
if(data.published !== undefined){
let data7 = data.published;
if((typeof data7 !== "string") && (data7 !== null)){
const err27 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/type",keyword:"type",params:{type: schema64.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data7 === "string"){
if(!(formats10.validate(data7))){
const err28 = {instancePath:instancePath+"/published",schemaPath:"#/properties/published/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data.retrieved !== undefined){
let data8 = data.retrieved;
if((typeof data8 !== "string") && (data8 !== null)){
const err29 = {instancePath:instancePath+"/retrieved",schemaPath:"#/properties/retrieved/type",keyword:"type",params:{type: schema64.properties.retrieved.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data8 === "string"){
if(!(formats10.validate(data8))){
const err30 = {instancePath:instancePath+"/retrieved",schemaPath:"#/properties/retrieved/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
if(data.reference_period !== undefined){
let data9 = data.reference_period;
if(typeof data9 === "string"){
if(!pattern39.test(data9)){
const err31 = {instancePath:instancePath+"/reference_period",schemaPath:"#/properties/reference_period/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(H[12]|Q[1-4]))?$"},message:"must match pattern \""+"^[0-9]{4}(-(H[12]|Q[1-4]))?$"+"\""};
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
const err32 = {instancePath:instancePath+"/reference_period",schemaPath:"#/properties/reference_period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.licence !== undefined){
let data10 = data.licence;
if((typeof data10 !== "string") && (data10 !== null)){
const err33 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/type",keyword:"type",params:{type: schema64.properties.licence.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data10 === "string"){
if(func4(data10) < 1){
const err34 = {instancePath:instancePath+"/licence",schemaPath:"#/properties/licence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
if(data.notes !== undefined){
let data11 = data.notes;
if((typeof data11 !== "string") && (data11 !== null)){
const err35 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: schema64.properties.notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data11 === "string"){
if(func4(data11) < 1){
const err36 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

export const validated = validate58;

export const versions = validate66;
const schema78 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"versions.schema.json","title":"VersionHistory","description":"output/versions.json: every published version, oldest first. A version, once published, is never rewritten; its content_hash is the SHA-256 of its SHA256SUMS file, which lists the SHA-256 of every other file.","type":"object","additionalProperties":false,"required":["package","versions"],"properties":{"package":{"type":"string"},"versions":{"type":"array","items":{"$ref":"#/definitions/version"}}},"definitions":{"keys":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Row keys by table."},"version":{"type":"object","additionalProperties":false,"required":["version","date","content_hash","bump","summary","sources","changes"],"properties":{"version":{"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},"date":{"type":["string","null"],"format":"date","description":"The day the version was first published."},"content_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bump":{"type":"string","enum":["initial","major","minor","patch"]},"summary":{"type":"string"},"sources":{"type":"array","items":{"type":"string"},"description":"Sources whose rows this version adds, changes or removes (all sources for the first version)."},"changes":{"type":"object","additionalProperties":false,"required":["structure","added","changed","removed","metadata"],"properties":{"structure":{"type":"array","items":{"type":"string"},"description":"Changes to tables and fields (major: removed or retyped; minor: added)."},"added":{"$ref":"#/definitions/keys"},"changed":{"$ref":"#/definitions/keys"},"removed":{"$ref":"#/definitions/keys"},"metadata":{"type":"array","items":{"type":"string"},"description":"Descriptive changes: package metadata, the data card, the workbook."}}}}}}};
const schema79 = {"type":"object","additionalProperties":false,"required":["version","date","content_hash","bump","summary","sources","changes"],"properties":{"version":{"type":"string","pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"},"date":{"type":["string","null"],"format":"date","description":"The day the version was first published."},"content_hash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bump":{"type":"string","enum":["initial","major","minor","patch"]},"summary":{"type":"string"},"sources":{"type":"array","items":{"type":"string"},"description":"Sources whose rows this version adds, changes or removes (all sources for the first version)."},"changes":{"type":"object","additionalProperties":false,"required":["structure","added","changed","removed","metadata"],"properties":{"structure":{"type":"array","items":{"type":"string"},"description":"Changes to tables and fields (major: removed or retyped; minor: added)."},"added":{"$ref":"#/definitions/keys"},"changed":{"$ref":"#/definitions/keys"},"removed":{"$ref":"#/definitions/keys"},"metadata":{"type":"array","items":{"type":"string"},"description":"Descriptive changes: package metadata, the data card, the workbook."}}}}};
const schema80 = {"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}},"description":"Row keys by table."};
const pattern62 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((((((key0 === "version") || (key0 === "date")) || (key0 === "content_hash")) || (key0 === "bump")) || (key0 === "summary")) || (key0 === "sources")) || (key0 === "changes"))){
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
if(!pattern62.test(data0)){
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
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: schema79.properties.date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data1 === "string"){
if(!(formats10.validate(data1))){
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
if(!pattern40.test(data2)){
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
if(data.bump !== undefined){
let data3 = data.bump;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data3 === "initial") || (data3 === "major")) || (data3 === "minor")) || (data3 === "patch"))){
const err15 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/enum",keyword:"enum",params:{allowedValues: schema79.properties.bump.enum},message:"must be equal to one of the allowed values"};
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
let data5 = data.sources;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
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
let data7 = data.changes;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.structure === undefined){
const err19 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "structure"},message:"must have required property '"+"structure"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.added === undefined){
const err20 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "added"},message:"must have required property '"+"added"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7.changed === undefined){
const err21 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "changed"},message:"must have required property '"+"changed"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.removed === undefined){
const err22 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "removed"},message:"must have required property '"+"removed"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.metadata === undefined){
const err23 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data7){
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
if(data7.structure !== undefined){
let data8 = data7.structure;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(typeof data8[i1] !== "string"){
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
if(data7.added !== undefined){
let data10 = data7.added;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
let data11 = data10[key2];
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(typeof data11[i2] !== "string"){
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
if(data7.changed !== undefined){
let data13 = data7.changed;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
let data14 = data13[key3];
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
if(typeof data14[i3] !== "string"){
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
if(data7.removed !== undefined){
let data16 = data7.removed;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
let data17 = data16[key4];
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
if(typeof data17[i4] !== "string"){
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
if(data7.metadata !== undefined){
let data19 = data7.metadata;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
if(typeof data19[i5] !== "string"){
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
validate67.errors = vErrors;
return errors === 0;
}


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate67(data1[i0], {instancePath:instancePath+"/versions/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
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
validate66.errors = vErrors;
return errors === 0;
}


/** Every schema of schemas/, by file name. */
export const validators: Record<string, ValidateFunction | undefined> = {
  "arabic-context.schema.json": arabicContext,
  "arabic-dual-nouns.schema.json": arabicDualNouns,
  "arabic-numerals.schema.json": arabicNumerals,
  "arabic-percent.schema.json": arabicPercent,
  "arabic-qualifiers.schema.json": arabicQualifiers,
  "catalogue-corrections.schema.json": catalogueCorrections,
  "catalogue-cruft.schema.json": catalogueCruft,
  "catalogue-dataset.schema.json": catalogueDataset,
  "catalogue-derivations.schema.json": catalogueDerivations,
  "catalogue-ignore.schema.json": catalogueIgnore,
  "catalogue-indicators.schema.json": catalogueIndicators,
  "coverage.schema.json": coverage,
  "cue-affixes.schema.json": cueAffixes,
  "derived.schema.json": derived,
  "extracted.schema.json": extracted,
  "ingested.schema.json": ingested,
  "mention.schema.json": mention,
  "number-mention.schema.json": numberMention,
  "observation.schema.json": observation,
  "source.schema.json": source,
  "validated.schema.json": validated,
  "versions.schema.json": versions,
};

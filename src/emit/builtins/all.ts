// Registers every built-in lowering (each file fills the tables of ./index when imported).
import "./strings";
import "./arrays";
import "./objects";
import "./math";
import "./numbers";
import "./json";
import "./uri";
import "./dates";
import "./regexps";
import "./promises";

// The two parts of fflate a routine link needs. Routine links import this module lazily; naming the
// exports here, statically, lets the bundler drop the rest of fflate (a dynamic import of fflate
// itself keeps all of it, workers and zip included: 12 KiB against about 4).
export { deflateSync, Inflate } from 'fflate';

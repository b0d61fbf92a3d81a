/**
 * Below this many rows a table draws them all (printing and find-in-page see every row), and a
 * long list holds all its choices. Apart from `useWindowRows` so that a screen can ask whether it
 * needs windowing without loading the windowing code (Tổng quan, on the start path).
 */
export const VIRTUAL_FROM = 150

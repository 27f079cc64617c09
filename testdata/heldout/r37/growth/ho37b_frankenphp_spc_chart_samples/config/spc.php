<?php

// Control limits per characteristic, from the last capability study (Cpk run).
return [
    'HSG-BORE-D' => ['unit' => 'mm', 'center' => 25.000, 'ucl' => 25.008, 'lcl' => 24.992],
    'HSG-FLAT' => ['unit' => 'mm', 'center' => 0.010, 'ucl' => 0.018, 'lcl' => 0.002],
    'SHAFT-OD' => ['unit' => 'mm', 'center' => 12.000, 'ucl' => 12.006, 'lcl' => 11.994],
    'WELD-PEN' => ['unit' => 'mm', 'center' => 2.40, 'ucl' => 2.90, 'lcl' => 1.90],
];

<?php

return [
    'cells' => [
        'CNC-01' => ['line' => 'L1', 'type' => 'mill'],
        'CNC-02' => ['line' => 'L1', 'type' => 'mill'],
        'LATHE-07' => ['line' => 'L2', 'type' => 'lathe'],
        'PRESS-04' => ['line' => 'L2', 'type' => 'press'],
        'WELD-11' => ['line' => 'L3', 'type' => 'robot'],
        'PAINT-02' => ['line' => 'L3', 'type' => 'booth'],
    ],
    'history' => 8,
];

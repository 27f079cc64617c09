<?php

return [
    'K-01' => ['code' => 'K-01', 'size' => 'large', 'capacity' => 2, 'heated' => 1],
    'K-02' => ['code' => 'K-02', 'size' => 'large', 'capacity' => 2, 'heated' => 0],
    'K-03' => ['code' => 'K-03', 'size' => 'medium', 'capacity' => 3, 'heated' => 1],
    'C-01' => ['code' => 'C-01', 'size' => 'cattery', 'capacity' => 4, 'heated' => 1],
];

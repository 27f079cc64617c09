<?php

return [
    'snapshot_bucket' => 's3://bim-snapshots-prod',
    'categories' => ['IfcWall', 'IfcSlab', 'IfcBeam', 'IfcColumn', 'IfcDoor', 'IfcDuctSegment'],
];

<?php

// Rows as they come back from the `scenes` table for each room.
return [
    'hallway' => [
        ['id' => 'hallway-night-path', 'triggers' => ['motion.detected'], 'actions' => [['light.level', 'hall-ceiling', 15]]],
        ['id' => 'hallway-welcome', 'triggers' => ['door.opened', 'presence.arrived'], 'actions' => [['light.level', 'hall-ceiling', 80], ['climate.preset', 'hall-trv', 'comfort']]],
    ],
    'garage' => [
        ['id' => 'garage-open-alert', 'triggers' => ['door.opened'], 'actions' => [['notify', 'owner', 'Garage door opened']]],
    ],
    'living' => [
        ['id' => 'living-evening', 'triggers' => ['motion.detected', 'lux.below'], 'actions' => [['light.level', 'living-floor', 40], ['light.level', 'living-strip', 25]]],
    ],
];

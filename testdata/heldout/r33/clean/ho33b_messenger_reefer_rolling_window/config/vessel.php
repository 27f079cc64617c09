<?php

// Reefer plugs assigned at departure (voyage 241W, Santos -> Rotterdam).
return [
    'voyage' => '241W',
    'containers' => [
        'MNBU3012456' => ['commodity' => 'bananas', 'setpoint' => 13.3],
        'MNBU3012461' => ['commodity' => 'bananas', 'setpoint' => 13.3],
        'MNBU3019934' => ['commodity' => 'limes', 'setpoint' => 9.0],
        'SUDU6204117' => ['commodity' => 'beef chilled', 'setpoint' => -1.0],
        'SUDU6204122' => ['commodity' => 'beef chilled', 'setpoint' => -1.0],
        'TRIU8811530' => ['commodity' => 'grapes', 'setpoint' => -0.5],
        'TRIU8811545' => ['commodity' => 'grapes', 'setpoint' => -0.5],
        'CXRU1470032' => ['commodity' => 'mangoes', 'setpoint' => 10.0],
        'CXRU1470047' => ['commodity' => 'papaya', 'setpoint' => 12.0],
        'SZLU9930011' => ['commodity' => 'frozen poultry', 'setpoint' => -18.0],
    ],
];

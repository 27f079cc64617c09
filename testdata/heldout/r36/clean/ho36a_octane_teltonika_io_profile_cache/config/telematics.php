<?php

return [
    // IO element maps per Teltonika model; AVL ids as documented for codec 8 / 8E
    'io_elements' => [
        'FMC130' => [
            239 => ['ignition', 1, 1, ''],
            240 => ['movement', 1, 1, ''],
            21 => ['gsm_signal', 1, 1, ''],
            200 => ['sleep_mode', 1, 1, ''],
            69 => ['gnss_status', 1, 1, ''],
            181 => ['gnss_pdop', 2, 0.1, ''],
            182 => ['gnss_hdop', 2, 0.1, ''],
            66 => ['external_voltage', 2, 0.001, 'V'],
            67 => ['battery_voltage', 2, 0.001, 'V'],
            16 => ['total_odometer', 4, 1, 'm'],
            24 => ['speed', 2, 1, 'km/h'],
            9 => ['analog_input_1', 2, 0.001, 'V'],
        ],
        'FMB640' => [
            239 => ['ignition', 1, 1, ''],
            240 => ['movement', 1, 1, ''],
            83 => ['fuel_consumed', 4, 0.1, 'l'],
            84 => ['fuel_level', 2, 0.1, 'l'],
            85 => ['engine_rpm', 2, 1, 'rpm'],
            87 => ['total_mileage_can', 4, 1, 'm'],
            89 => ['fuel_level_percent', 1, 1, '%'],
            115 => ['engine_temperature', 2, 0.1, 'C'],
            16 => ['total_odometer', 4, 1, 'm'],
            24 => ['speed', 2, 1, 'km/h'],
        ],
    ],
    // a handful of devices flashed with a customer-specific IO configuration
    'device_overrides' => [
        '352093081234567' => ['reefer' => [72 => ['dallas_temperature_1', 4, 0.1, 'C'], 73 => ['dallas_temperature_2', 4, 0.1, 'C']]],
        '352093081234568' => ['reefer' => [72 => ['dallas_temperature_1', 4, 0.1, 'C']]],
        '352094087654321' => ['tanker' => [201 => ['lls_fuel_level_1', 2, 0.1, 'l'], 203 => ['lls_fuel_level_2', 2, 0.1, 'l']]],
    ],
];

<?php

return [
    'contingency_cents' => 48_500_000,
    'max_schedule_impact_days' => 10,
];

<?php

return [
    // two hours of 30-second epochs
    'baseline_epochs' => 240,
];

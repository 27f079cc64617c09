<?php

return [
    'default' => 'database',
];

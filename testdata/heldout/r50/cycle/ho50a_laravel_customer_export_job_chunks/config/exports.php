<?php

return [
    'disk' => 'exports',
    'chunk_size' => 25,
    // Exports are meant for a quick look in a spreadsheet; full dumps go
    // through the data warehouse.
    'max_rows' => 40,
];

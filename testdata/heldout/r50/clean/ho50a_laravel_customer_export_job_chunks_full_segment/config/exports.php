<?php

return [
    'disk' => 'exports',
    'chunk_size' => 25,
    // Exports must still open in a spreadsheet; full dumps go through the
    // data warehouse.
    'max_rows' => 50000,
];

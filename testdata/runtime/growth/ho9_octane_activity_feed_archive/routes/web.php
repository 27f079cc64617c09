<?php

use App\Http\Controllers\CommentController;

return [
    'POST /comments' => [CommentController::class, 'store'],
];

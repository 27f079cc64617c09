<?php
return [
    'transcript_window' => 12,
    'blocked_words' => ['idiot', 'stupid', 'scam'],
    'push' => ['courier' => 'fcm', 'customer' => 'apns'],
];

<?php
return [
    'channel' => 'audit',
    'include_user_agent' => true,
];

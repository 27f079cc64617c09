<?php

function frankenphp_handle_request(callable $handler): bool
{
    static $served = 0;
    $served++;
    $_SERVER['REQUEST_URI'] = '/pages/spring-collection-' . $served;
    $handler();
    return true;
}

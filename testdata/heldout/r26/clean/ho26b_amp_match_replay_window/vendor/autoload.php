<?php
// Stand-in for Composer's autoloader: amphp/http-server subset.
require __DIR__ . '/amphp/http-server/src/Request.php';
require __DIR__ . '/amphp/http-server/src/Response.php';
require __DIR__ . '/amphp/http-server/src/RequestHandler.php';
require __DIR__ . '/amphp/http-server/src/Router.php';

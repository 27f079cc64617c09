<?php

use App\Services\CheckInFeed;
use Illuminate\Foundation\Application;

$app = new Application();
Application::setInstance($app);

$app->singleton('front-desk.feed', fn () => new CheckInFeed('Europe/Amsterdam'));

return $app;

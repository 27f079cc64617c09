<?php

use App\Services\TariffCalculator;
use Illuminate\Container\Container;

$app = Container::setInstance(new Container());

$app->singleton('tariff.calculator', function () {
    return new TariffCalculator(require __DIR__ . '/../config/tariffs.php');
});

return $app;

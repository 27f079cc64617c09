<?php

namespace App;

use Symfony\Component\DependencyInjection\Container;

final class Kernel
{
    public function __construct(private string $projectDir)
    {
    }

    public function boot(): Container
    {
        $definitions = (require $this->projectDir . '/config/services.php')($this->projectDir);
        $container = new Container($definitions);
        Services::boot($container);

        return $container;
    }
}

<?php

namespace App;

use Psr\Container\ContainerInterface;

/**
 * Container access for code the container does not build (classifier
 * plugins are instantiated from config by ClassifierChain).
 */
final class Services
{
    private static ?ContainerInterface $container = null;

    public static function boot(ContainerInterface $container): void
    {
        self::$container = $container;
    }

    public static function get(string $id): mixed
    {
        return self::$container->get($id);
    }
}

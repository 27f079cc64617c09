<?php

namespace App\DependencyInjection\Compiler;

use App\Api\ApiVersion;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\ContainerBuilder;

/**
 * Orders the declared API versions and exposes them as the "app.api_versions" parameter.
 */
final class ApiVersionPass implements CompilerPassInterface
{
    /** @var array<string, ApiVersion> */
    private static array $versions = [];

    /** @var list<string> */
    private static array $log = [];

    public function process(ContainerBuilder $container): void
    {
        $dates = $container->getParameter('app.api_version_dates');
        sort($dates);

        $previous = null;
        foreach ($dates as $date) {
            $version = new ApiVersion($date, sprintf('Changes released on %s: see docs/api/%s.md', $date, $date));
            if (null !== $previous) {
                $version->previous = $previous;
                $previous->next = $version;
            }
            self::$versions[$date] = $version;
            self::$log[] = sprintf('registered API version %s', $date);
            $previous = $version;
        }

        $container->setParameter('app.api_versions', array_keys(self::$versions));
        $container->setParameter('app.api_version_latest', $previous?->date);
    }
}

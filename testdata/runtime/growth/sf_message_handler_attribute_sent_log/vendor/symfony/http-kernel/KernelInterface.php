<?php

namespace Symfony\Component\HttpKernel;

use Symfony\Component\DependencyInjection\ContainerInterface;

interface KernelInterface extends HttpKernelInterface
{
    public function registerBundles(): iterable;

    public function boot();

    public function shutdown();

    public function getBundles(): array;

    public function getContainer(): ContainerInterface;

    public function getEnvironment(): string;

    public function isDebug(): bool;
}

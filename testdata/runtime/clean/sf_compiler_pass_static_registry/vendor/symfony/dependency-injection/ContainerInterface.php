<?php

namespace Symfony\Component\DependencyInjection;

interface ContainerInterface
{
    public const EXCEPTION_ON_INVALID_REFERENCE = 1;
    public const NULL_ON_INVALID_REFERENCE = 2;

    public function set(string $id, ?object $service);

    public function get(string $id, int $invalidBehavior = self::EXCEPTION_ON_INVALID_REFERENCE): ?object;

    public function has(string $id): bool;

    public function getParameter(string $name);

    public function hasParameter(string $name): bool;

    public function setParameter(string $name, mixed $value);
}

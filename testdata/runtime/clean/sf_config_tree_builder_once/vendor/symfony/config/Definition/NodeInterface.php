<?php

namespace Symfony\Component\Config\Definition;

interface NodeInterface
{
    public function getName(): string;

    public function getPath(): string;

    public function isRequired(): bool;

    public function hasDefaultValue(): bool;

    public function getDefaultValue(): mixed;

    public function normalize(mixed $value): mixed;

    public function merge(mixed $leftSide, mixed $rightSide): mixed;

    public function finalize(mixed $value): mixed;
}

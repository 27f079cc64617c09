<?php
declare(strict_types=1);

namespace Shop\Entity;

abstract class AbstractEntity
{
    use HasTimestamps;

    public function __construct(protected int $id)
    {
    }

    public function getId(): int
    {
        return $this->id;
    }

    public function equals(self $other): bool
    {
        return static::class === $other::class && $this->id === $other->getId();
    }
}

<?php

namespace Monolog;

enum Level: int
{
    case Debug = 100;
    case Info = 200;
    case Notice = 250;
    case Warning = 300;
    case Error = 400;

    public function isLowerThan(Level $level): bool
    {
        return $this->value < $level->value;
    }

    public static function fromName(string $name): self
    {
        return constant(self::class . '::' . ucfirst(strtolower($name)));
    }
}

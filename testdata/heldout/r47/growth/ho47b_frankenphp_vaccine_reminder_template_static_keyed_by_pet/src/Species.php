<?php

namespace Vetcare\Reminders;

enum Species: string
{
    case Canine = 'canine';
    case Feline = 'feline';
    case Rabbit = 'rabbit';
    case Ferret = 'ferret';

    public function templateFamily(): string
    {
        return match ($this) {
            self::Canine => 'canine',
            self::Feline => 'feline',
            default => 'other',
        };
    }
}

<?php

namespace App\Returns;

enum Disposition: string
{
    case Restock = 'restock';
    case Refurbish = 'refurbish';
    case Scrap = 'scrap';

    public static function fromGrade(string $grade): self
    {
        return match ($grade) {
            'A' => self::Restock,
            'B', 'C' => self::Refurbish,
            default => self::Scrap,
        };
    }
}

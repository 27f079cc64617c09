<?php

namespace App\Facades;

use App\Metering\RegisterBatchWriter;
use Illuminate\Support\Facades\Facade;

/**
 * @method static void add(string $meterId, string $obis, float $value, string $readAt, string $quality)
 * @method static void flush()
 */
class RegisterBatch extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return RegisterBatchWriter::class;
    }
}

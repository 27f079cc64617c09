<?php

namespace App\Concerns;

use App\Telematics\AvlHeader;
use App\Telematics\IoElementSchema;

/**
 * Building an IO schema merges the model map with device overrides and is
 * done once per schema key for the lifetime of the process.
 */
trait ResolvesIoSchemas
{
    /** @var array<string, IoElementSchema> */
    private static array $ioSchemas = [];

    protected function ioSchema(AvlHeader $header): IoElementSchema
    {
        $key = $this->ioSchemaKey($header);

        if (!isset(self::$ioSchemas[$key])) {
            self::$ioSchemas[$key] = $this->buildIoSchema($header); // leak
        }

        return self::$ioSchemas[$key];
    }

    abstract protected function ioSchemaKey(AvlHeader $header): string;

    abstract protected function buildIoSchema(AvlHeader $header): IoElementSchema;
}

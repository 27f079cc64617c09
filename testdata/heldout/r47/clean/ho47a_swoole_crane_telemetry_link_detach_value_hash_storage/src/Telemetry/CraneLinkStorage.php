<?php

declare(strict_types=1);

namespace Port\Telemetry;

/**
 * Object storage keyed by link identity (crane id and descriptor) instead of
 * by PHP object handle, so a link rebuilt from the descriptor finds the
 * entry the open handler attached.
 */
final class CraneLinkStorage extends \SplObjectStorage
{
    public function getHash(object $object): string
    {
        if (!$object instanceof CraneLink) {
            throw new \InvalidArgumentException('CraneLinkStorage only holds crane links');
        }

        return $object->craneId . '#' . $object->fd;
    }
}

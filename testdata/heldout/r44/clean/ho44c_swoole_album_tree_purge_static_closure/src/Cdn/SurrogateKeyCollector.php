<?php

namespace App\Cdn;

use App\Album\AlbumNode;

/**
 * Surrogate keys of everything the CDN may hold for an album subtree: the
 * album pages themselves and every rendition of every photo below them.
 */
final class SurrogateKeyCollector
{
    /** @param list<string> $renditions */
    public function __construct(private array $renditions)
    {
    }

    /** @return list<string> */
    public function forSubtree(AlbumNode $root): array
    {
        $keys = [];

        $visit = static function (AlbumNode $album, array $renditions, \Closure $visit) use (&$keys): void {
            $keys[] = "album/{$album->id}";
            $keys[] = "album/{$album->id}/grid";
            foreach ($album->photoIds as $photoId) {
                foreach ($renditions as $rendition) {
                    $keys[] = "photo/{$photoId}/{$rendition}";
                }
            }
            foreach ($album->children as $child) {
                $visit($child, $renditions, $visit);
            }
        };
        $visit($root, $this->renditions, $visit);

        return array_values(array_unique($keys));
    }
}

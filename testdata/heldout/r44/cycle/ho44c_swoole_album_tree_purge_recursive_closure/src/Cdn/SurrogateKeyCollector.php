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

        $visit = function (AlbumNode $album) use (&$visit, &$keys): void { // leak
            $keys[] = "album/{$album->id}";
            $keys[] = "album/{$album->id}/grid";
            foreach ($album->photoIds as $photoId) {
                foreach ($this->renditions as $rendition) {
                    $keys[] = "photo/{$photoId}/{$rendition}";
                }
            }
            foreach ($album->children as $child) {
                $visit($child);
            }
        };
        $visit($root);

        return array_values(array_unique($keys));
    }
}

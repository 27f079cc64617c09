<?php
// A comment-rendering worker formats author badges through a helper function that caches rendered HTML in a function-level static array keyed "user:{id}".

final class User
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $role,
        public readonly int $karma,
    ) {}
}

final class UserDirectory
{
    public function find(int $id): User
    {
        $roles = ['member', 'moderator', 'admin'];
        return new User($id, 'user_' . $id, $roles[$id % 3], ($id * 37) % 5000);
    }
}

function e(string $value): string
{
    return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function render_author_badge(User $user): string
{
    static $rendered = [];

    $key = "user:{$user->id}";
    if (isset($rendered[$key])) {
        return $rendered[$key];
    }

    $level = match (true) {
        $user->karma > 4000 => 'legend',
        $user->karma > 1000 => 'veteran',
        $user->karma > 100 => 'regular',
        default => 'newcomer',
    };

    $html = sprintf(
        '<span class="author-badge author-badge--%s" data-user-id="%d" title="%s" data-hovercard-url="/users/%d/hovercard?context=comment&amp;source=thread">'
        . '<img class="avatar" src="https://cdn.example.com/avatars/%d/64x64.png" alt="%s" width="32" height="32">'
        . '<a class="author-name" href="/users/%d/%s">%s</a><small class="karma">%d karma · %s</small>'
        . '<svg class="icon icon--verified" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 0l2.2 2.3 3.1-.4.4 3.1L16 8l-2.3 2.2.4 3.1-3.1.4L8 16l-2.2-2.3-3.1.4-.4-3.1L0 8l2.3-2.2-.4-3.1 3.1-.4z"/></svg></span>',
        e($user->role),
        $user->id,
        e($user->name . ' (' . $user->role . ')'),
        $user->id,
        $user->id,
        e($user->name),
        $user->id,
        rawurlencode($user->name),
        e($user->name),
        $user->karma,
        $level,
    );

    return $rendered[$key] = $html; // leak
}

final class Comment
{
    public function __construct(public readonly int $authorId, public readonly string $body) {}
}

final class CommentThreadRenderer
{
    public function __construct(private UserDirectory $users) {}

    /** @param Comment[] $comments */
    public function render(array $comments): string
    {
        $out = '<ol class="comments">';
        foreach ($comments as $comment) {
            $out .= '<li>' . render_author_badge($this->users->find($comment->authorId)) . '<p>' . e($comment->body) . '</p></li>';
        }
        return $out . '</ol>';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$renderer = new CommentThreadRenderer(new UserDirectory());
for ($i = 0; $i < $n; $i++) {
    // Each request shows the thread of a different article; its author signs the first comment.
    $authorId = 100000 + $i;
    $thread = [
        new Comment($authorId, 'Thanks everyone for reading, answers below.'),
        new Comment(1, 'Great article!'),
    ];
    $html = $renderer->render($thread);
}

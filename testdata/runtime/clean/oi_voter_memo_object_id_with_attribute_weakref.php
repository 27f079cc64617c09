<?php
// A permission checker remembers its decisions per subject object and
// attribute, under "object id|attribute", keeping only a weak reference
// to the subject: the subject is freed after each request, its id comes
// back, and the entry under it is replaced.

final class Document
{
    public function __construct(public readonly int $id, public readonly string $body) {}
}

final class AccessChecker
{
    private static array $decisions = [];

    public function can(object $subject, string $attribute): bool
    {
        $key = spl_object_id($subject) . '|' . $attribute;
        $hit = self::$decisions[$key] ?? null;
        if ($hit !== null && $hit['subject']->get() === $subject) {
            return $hit['granted'];
        }
        $granted = $attribute === 'view';
        self::$decisions[$key] = ['subject' => WeakReference::create($subject), 'granted' => $granted];

        return $granted;
    }
}

$checker = new AccessChecker();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $document = new Document($i, str_repeat('contract text ', 60));
    $checker->can($document, 'view');
    $checker->can($document, 'edit');
    unset($document);
}

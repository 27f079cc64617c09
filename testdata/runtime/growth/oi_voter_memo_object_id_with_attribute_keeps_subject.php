<?php
// A permission checker remembers its decisions per subject object and
// attribute, under "object id|attribute", keeping the subject itself to
// tell a reused id apart: no subject is ever freed, so no id comes back.

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
        if ($hit !== null && $hit['subject'] === $subject) {
            return $hit['granted'];
        }
        $granted = $attribute === 'view';
        self::$decisions[$key] = ['subject' => $subject, 'granted' => $granted]; // leak

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

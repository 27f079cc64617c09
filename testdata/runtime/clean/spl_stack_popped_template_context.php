<?php
// A template renderer pushes each render's variables on a static SplStack and pops them in finally.

final class View
{
    private static ?SplStack $contexts = null;

    public static function render(string $template, array $vars): string
    {
        self::$contexts ??= new SplStack();
        self::$contexts->push($vars);
        try {
            return strtr($template, self::placeholders(self::$contexts->top()));
        } finally {
            self::$contexts->pop();
        }
    }

    private static function placeholders(array $vars): array
    {
        $out = [];
        foreach ($vars as $k => $v) {
            $out['{{ ' . $k . ' }}'] = (string) $v;
        }
        return $out;
    }
}

function profilePage(int $userId): string
{
    return View::render('<h1>{{ name }}</h1><p>{{ bio }}</p>', [
        'name' => "User {$userId}",
        'bio' => str_repeat('Loves PHP. ', 60),
    ]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    profilePage($i);
}

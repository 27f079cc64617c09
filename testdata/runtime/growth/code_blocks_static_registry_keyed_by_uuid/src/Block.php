<?php

namespace App\Highlight;

use Illuminate\Support\Str;

// A code block rendered by a page component; its id is made when the
// component is.
final class Block
{
    public readonly string $id;

    /** @var (callable(): string)|null set by tests for stable ids */
    public static $generateIdsUsing = null;

    public string $html = '';

    public function __construct(public readonly string $language, ?string $id = null)
    {
        $this->id = $id ?? self::generateId();
    }

    private static function generateId(): string
    {
        return is_callable(self::$generateIdsUsing) ? call_user_func(self::$generateIdsUsing) : (string) Str::uuid();
    }

    public function code(string $source): self
    {
        $this->html = '<pre class="' . $this->language . '">' . htmlspecialchars($source) . '</pre>';

        return $this;
    }
}

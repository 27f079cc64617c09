<?php

namespace App\Support;

use Illuminate\Http\Request;

/**
 * Works out the display locale for a request: explicit ?locale= first, then
 * the first Accept-Language tag, then the application fallback.
 */
class LocaleResolver
{
    /** @var list<string> */
    private array $languages;

    /**
     * @param list<string> $supported
     */
    public function __construct(private array $supported, private string $fallback)
    {
        $this->languages = array_values(array_unique(array_map(
            static fn (string $locale): string => substr($locale, 0, 2),
            $supported,
        )));
    }

    public function resolve(Request $request): string
    {
        $candidate = $request->query('locale') ?? $this->firstAcceptedTag($request->header('accept-language'));
        if ($candidate === null) {
            return $this->fallback;
        }

        return $this->match($this->normalize($candidate));
    }

    private function match(string $locale): string
    {
        // Regional variants of a supported language fall back to the
        // language itself so that de_CH still gets German copy.
        if (in_array($locale, $this->supported, true)) {
            return $locale;
        }

        return in_array(substr($locale, 0, 2), $this->languages, true) ? substr($locale, 0, 2) : $this->fallback;
    }

    private function normalize(string $tag): string
    {
        $tag = str_replace('-', '_', trim($tag));
        [$language, $region] = array_pad(explode('_', $tag, 2), 2, null);

        return strtolower($language) . ($region !== null && $region !== '' ? '_' . strtoupper($region) : '');
    }

    private function firstAcceptedTag(?string $header): ?string
    {
        if ($header === null || $header === '') {
            return null;
        }

        return explode(';', explode(',', $header)[0])[0];
    }
}

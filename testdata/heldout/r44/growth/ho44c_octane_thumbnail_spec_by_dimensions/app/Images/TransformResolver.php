<?php

namespace App\Images;

use App\Images\Concerns\RemembersTransforms;
use Illuminate\Http\Request;

class TransformResolver
{
    use RemembersTransforms;

    /**
     * @param array<string, array{0: int, 1: int}> $breakpoints
     * @param list<string> $fits
     * @param array<string, string> $formats accept type => output format
     */
    public function __construct(
        private array $breakpoints,
        private array $fits,
        private array $formats,
        private int $quality,
    ) {
    }

    public function forRequest(Request $request): TransformSpec
    {
        $width = $this->clamp((int) $request->query('w', 640));
        $height = $this->clamp((int) $request->query('h', $width));
        $fit = in_array($request->query('fit'), $this->fits, true) ? $request->query('fit') : $this->fits[0];
        $format = $this->negotiateFormat($request->header('Accept', '*/*'));

        $key = "{$width}x{$height}:{$fit}:{$format}";

        return $this->rememberTransform(
            $key,
            fn () => TransformSpec::build($width, $height, $fit, $format, $this->quality),
        );
    }

    private function clamp(int $pixels): int
    {
        return max(16, min(4096, $pixels));
    }

    private function negotiateFormat(string $accept): string
    {
        foreach ($this->formats as $type => $format) {
            if ($type === '*/*' || str_contains($accept, $type)) {
                return $format;
            }
        }

        return 'jpeg';
    }
}

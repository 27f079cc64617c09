<?php

namespace App\Services;

/**
 * Fake read model for the course table: what an Eloquent query would return.
 */
class CourseRepository
{
    private const TITLES = [
        'programming' => ['PHP Foundations', 'Modern JavaScript', 'Rust for Beginners', 'Testing Laravel Apps'],
        'data-science' => ['Statistics 101', 'Pandas in Practice', 'Intro to Machine Learning', 'SQL for Analysts'],
        'languages' => ['Spanish A1', 'German A2', 'Business English', 'Japanese Kana'],
        'mathematics' => ['Linear Algebra', 'Calculus I', 'Discrete Maths', 'Probability Theory'],
        'design' => ['Figma Essentials', 'Typography', 'UX Research Methods', 'Colour Theory'],
    ];

    public function page(string $category, string $locale, int $page, int $perPage): array
    {
        $titles = self::TITLES[$category] ?? array_merge(...array_values(self::TITLES));
        $rows = [];
        for ($n = 0; $n < $perPage; $n++) {
            $title = $titles[($n + $page) % count($titles)];
            $rows[] = [
                'id' => 1000 + $page * $perPage + $n,
                'title' => $title,
                'slug' => strtolower(str_replace(' ', '-', $title)) . '-' . $locale,
                'summary' => sprintf('%s (%s): a self-paced course with quizzes, video lessons and a final project.', $title, strtoupper($locale)),
                'level' => ['beginner', 'intermediate', 'advanced'][$n % 3],
            ];
        }

        return $rows;
    }
}

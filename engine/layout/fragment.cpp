#include "engine/layout/fragment.h"

namespace nastavdoc::layout {

void Fragment::append(const Fragment& other, double dx_pt, double dy_pt) {
    for (const GlyphRun& run : other.runs) {
        GlyphRun& moved = runs.emplace_back(run);
        moved.x_pt += dx_pt;
        moved.y_pt += dy_pt;
    }
    for (const Rule& rule : other.rules) {
        Rule& moved = rules.emplace_back(rule);
        moved.x1_pt += dx_pt;
        moved.x2_pt += dx_pt;
        moved.y1_pt += dy_pt;
        moved.y2_pt += dy_pt;
    }
    for (const Shape& shape : other.shapes) {
        Shape& moved = shapes.emplace_back(shape);
        for (PathSegment& segment : moved.path) {
            for (int i = 0; i < 3; ++i) {
                segment.x_pt[i] += dx_pt;
                segment.y_pt[i] += dy_pt;
            }
        }
    }
}

}  // namespace nastavdoc::layout

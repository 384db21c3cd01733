"""Draws Unclench's exercise illustrations (resources/illustrations/*.svg).

One line-figure style for every move: the same person, the same 200×200 canvas, one stroke width.
The figure is drawn in `currentColor` so the app can paint it in the theme's text colour; props
(chair, desk, floor) are a muted slate and movement cues a calm teal, both readable on light and
dark backgrounds. Run `python tools/draw_illustrations.py` after changing a pose.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "illustrations"

FIGURE = "currentColor"
PROP = "#94a3b8"
ACCENT = "#2a9d8f"
BODY_WIDTH = 7
PROP_WIDTH = 4
ACCENT_WIDTH = 4
HEAD_R = 12

Point = tuple[float, float]


def _pts(points: Iterable[Point]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def polar(origin: Point, length: float, degrees: float) -> Point:
    """A point `length` away from `origin`; 0° points right, 90° straight down (SVG y grows down)."""
    angle = math.radians(degrees)
    return origin[0] + length * math.cos(angle), origin[1] + length * math.sin(angle)


class Drawing:
    def __init__(self, title: str) -> None:
        self.title = title
        self.layers: dict[str, list[str]] = {"props": [], "glow": [], "far": [], "body": [], "accent": []}

    def _line(self, layer: str, points: Iterable[Point], extra: str = "") -> None:
        self.layers[layer].append(f'<polyline points="{_pts(points)}"{extra}/>')

    # the person
    def limb(self, *points: Point) -> None:
        self._line("body", points)

    def far_limb(self, *points: Point) -> None:
        """An arm or leg on the far side of the body: drawn fainter, behind."""
        self._line("far", points)

    def head(self, centre: Point, facing: float | None = None) -> None:
        """The head; `facing` (degrees) adds a small nose so profile views show which way they look."""
        x, y = centre
        self.layers["body"].append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{HEAD_R}"/>')
        if facing is not None:
            start = polar(centre, HEAD_R, facing)
            self.layers["body"].append(f'<polyline points="{_pts([start, polar(start, 4, facing + 35)])}"/>')

    def curve(self, start: Point, control: Point, end: Point, layer: str = "body") -> None:
        """A bent spine: a quadratic curve."""
        (x0, y0), (cx, cy), (x1, y1) = start, control, end
        self.layers[layer].append(f'<path d="M{x0:.1f},{y0:.1f} Q{cx:.1f},{cy:.1f} {x1:.1f},{y1:.1f}"/>')

    def ghost(self, *points: Point) -> None:
        """Where a moving part goes next: dashed teal."""
        self._line("accent", points, ' stroke-dasharray="2 9" stroke-width="5"')

    def ghost_head(self, centre: Point) -> None:
        x, y = centre
        self.layers["accent"].append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{HEAD_R}" stroke-dasharray="2 9" stroke-width="5"/>'
        )

    def glow(self, *points: Point, width: int = 18) -> None:
        """A soft teal halo behind the muscles being tensed."""
        self._line("glow", points, f' stroke-width="{width}"')

    def glow_dot(self, centre: Point, radius: float) -> None:
        x, y = centre
        fill = f'stroke="none" fill="{ACCENT}" fill-opacity="0.4"'
        self.layers["glow"].append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" {fill}/>')

    # the room
    def prop(self, *points: Point) -> None:
        self._line("props", points)

    def floor(self, x0: float = 30, x1: float = 170, y: float = 192) -> None:
        self.prop((x0, y), (x1, y))

    def chair_side(self, facing_right: bool = True) -> None:
        back = 60 if facing_right else 140
        front = 112 if facing_right else 88
        lean = -3 if facing_right else 3
        self.prop((back + lean, 96), (back, 154), (front, 154))
        self.prop(
            (back + 2 * (1 if facing_right else -1), 154), (back + 2 * (1 if facing_right else -1), 192)
        )
        self.prop(
            (front - 4 * (1 if facing_right else -1), 154), (front - 4 * (1 if facing_right else -1), 192)
        )

    def chair_front(self) -> None:
        self.layers["props"].append('<rect x="72" y="92" width="56" height="58" rx="8"/>')
        self.prop((62, 154), (138, 154))
        self.prop((66, 154), (66, 192))
        self.prop((134, 154), (134, 192))

    def desk_side(self, x: float = 150) -> None:
        self.prop((x - 40, 130), (x + 30, 130))
        self.prop((x + 20, 130), (x + 20, 192))

    # movement cues
    def arrow(self, *points: Point) -> None:
        """A teal arrow along the points, with a head at the last one."""
        self._line("accent", points)
        self._head(points[-2], points[-1])

    def arc_arrow(self, centre: Point, radius: float, start: float, end: float, *, heads: int = 1) -> None:
        """A circular arrow from `start` to `end` degrees (positive = clockwise on screen).

        heads=2 puts a head on both ends (a movement back and forth); heads=0 leaves a plain arc.
        """
        count = max(6, int(abs(end - start) / 10))
        points = [polar(centre, radius, start + (end - start) * i / count) for i in range(count + 1)]
        self._line("accent", points)
        if heads >= 1:
            self._head(points[-2], points[-1])
        if heads >= 2:
            self._head(points[1], points[0])

    def ellipse_arrow(self, centre: Point, rx: float, ry: float, start: float, end: float) -> None:
        """A flat circular arrow, as if drawn round the body: shows a twist."""
        count = max(8, int(abs(end - start) / 8))
        points = [
            (centre[0] + rx * math.cos(math.radians(a)), centre[1] + ry * math.sin(math.radians(a)))
            for a in (start + (end - start) * i / count for i in range(count + 1))
        ]
        self._line("accent", points)
        self._head(points[-2], points[-1])

    def tension(self, centre: Point, radius: float, *angles: float) -> None:
        """Short teal strokes radiating from a clenched part: "tense here"."""
        for angle in angles:
            self._line("accent", (polar(centre, radius, angle), polar(centre, radius + 8, angle)))

    def soft(self, centre: Point, width: float = 22, *, waves: int = 2) -> None:
        """A gentle teal wave beside a part that has let go: "loose, soft"."""
        x0, y = centre[0] - width / 2, centre[1]
        count = waves * 8
        points = [
            (x0 + width * i / count, y + 3 * math.sin(2 * math.pi * waves * i / count))
            for i in range(count + 1)
        ]
        self._line("accent", points)

    def _head(self, before: Point, tip: Point) -> None:
        direction = math.degrees(math.atan2(tip[1] - before[1], tip[0] - before[0]))
        wing_a = polar(tip, 9, direction + 150)
        wing_b = polar(tip, 9, direction - 150)
        self.layers["accent"].append(f'<polyline points="{_pts([wing_a, tip, wing_b])}"/>')

    def svg(self) -> str:
        def group(attrs: str, items: list[str]) -> str:
            return (
                f"  <g {attrs}>\n" + "".join(f"    {item}\n" for item in items) + "  </g>\n" if items else ""
            )

        caps = 'fill="none" stroke-linecap="round" stroke-linejoin="round"'
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">\n'
            f"  <title>{self.title}</title>\n"
            + group(f'{caps} stroke="{PROP}" stroke-width="{PROP_WIDTH}"', self.layers["props"])
            + group(f'{caps} stroke="{ACCENT}" stroke-opacity="0.4"', self.layers["glow"])
            + group(
                f'{caps} stroke="{FIGURE}" stroke-width="{BODY_WIDTH}" stroke-opacity="0.4"',
                self.layers["far"],
            )
            + group(f'{caps} stroke="{FIGURE}" stroke-width="{BODY_WIDTH}"', self.layers["body"])
            + group(f'{caps} stroke="{ACCENT}" stroke-width="{ACCENT_WIDTH}"', self.layers["accent"])
            + "</svg>\n"
        )


# --- poses ------------------------------------------------------------------------------------
# Seated, side view, facing right: hip (72,146), knee (112,146), ankle (114,188).
SIDE_HIP = (72.0, 146.0)
SIDE_KNEE = (112.0, 146.0)
SIDE_ANKLE = (114.0, 188.0)
SIDE_TOE = (128.0, 189.0)


def seated_side_legs(d: Drawing) -> None:
    d.chair_side()
    d.floor()
    d.limb(SIDE_HIP, SIDE_KNEE, SIDE_ANKLE, SIDE_TOE)


# Seated, front view: shoulders at y=104, hips at y=148.
FRONT_NECK = (100.0, 100.0)
FRONT_PELVIS = (100.0, 148.0)
FRONT_HEAD = (100.0, 78.0)


def seated_front_base(d: Drawing, *, legs: bool = True) -> None:
    d.chair_front()
    d.floor()
    if legs:
        d.limb((90, 150), (84, 160), (82, 190), (72, 190))
        d.limb((110, 150), (116, 160), (118, 190), (128, 190))


def front_torso(d: Drawing, shoulder_y: float = 104) -> tuple[Point, Point]:
    left, right = (78.0, shoulder_y), (122.0, shoulder_y)
    d.limb(left, (100, shoulder_y - 2), right)
    d.limb((100, shoulder_y - 2), FRONT_PELVIS)
    d.limb((88, 150), (112, 150))
    return left, right


def arms_resting(d: Drawing, left: Point, right: Point) -> None:
    d.limb(left, (72, 128), (86, 152))
    d.limb(right, (128, 128), (114, 152))


def chin_tuck() -> Drawing:
    d = Drawing("Chin tucks")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (74, 100))
    d.limb((74, 102), (80, 126), (104, 138))
    d.limb((74, 100), (74, 90))
    d.head((72, 77), facing=0)
    d.ghost_head((82, 77))
    d.arrow((112, 66), (92, 66))
    return d


def neck_side_stretch() -> Drawing:
    d = Drawing("Neck side stretch")
    seated_front_base(d)
    left, right = front_torso(d)
    d.limb(left, (72, 128), (86, 152))
    d.limb(right, (130, 128), (134, 152))  # this hand holds the seat: the shoulder stays down
    # The head tipped well over, the left ear toward the left shoulder.
    d.limb((100, 102), polar((100, 102), 13, -124))
    d.head(polar((100, 102), 27, -124))
    d.glow((96, 92), (110, 99), (124, 104), width=14)  # the long, stretched side of the neck
    d.arc_arrow((100, 102), 52, -80, -122)
    return d


def shoulder_rolls() -> Drawing:
    d = Drawing("Shoulder rolls")
    seated_front_base(d)
    left, right = front_torso(d, shoulder_y=100)
    arms_resting(d, left, right)
    d.limb((100, 98), (100, 92))
    d.head(FRONT_HEAD)
    d.arc_arrow((74, 96), 14, 300, 20)
    d.arc_arrow((126, 96), 14, 240, 160)
    return d


def shoulder_blade_squeeze() -> Drawing:
    d = Drawing("Shoulder-blade squeeze")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (74, 100))
    d.limb((74, 104), (62, 126), (82, 136))
    d.limb((74, 100), (75, 90))
    d.head((77, 77), facing=0)
    d.glow((72, 106), (70, 120), width=16)
    d.arrow((92, 112), (78, 112))
    return d


def seated_cat_cow() -> Drawing:
    d = cat_pose("Seated cat-cow")
    # The other half of the flow, dashed: chest lifted, back dipped.
    d.layers["accent"].append(
        '<path d="M72.0,146.0 Q88.0,124.0 74.0,100.0" stroke-dasharray="2 9" stroke-width="5"/>'
    )
    d.ghost_head((80, 76))
    d.arc_arrow(SIDE_HIP, 100, -100, -70, heads=2)
    return d


def cat_pose(title: str) -> Drawing:
    d = Drawing(title)
    seated_side_legs(d)
    d.curve(SIDE_HIP, (46, 110), (84, 100))  # the back rounded up like a cat's
    d.limb((84, 102), (96, 122), (110, 142))  # hands on the knees
    d.limb((84, 100), (96, 100))
    d.head((107, 100), facing=75)  # head hanging, chin toward the chest
    return d


def seated_cat() -> Drawing:
    d = cat_pose("Seated cat: round the back")
    d.glow((58, 126), (60, 110), (74, 100), width=16)  # the back rounding
    d.arc_arrow((72, 130), 40, 200, 250)
    return d


def seated_cow() -> Drawing:
    d = Drawing("Seated cow: lift the chest")
    seated_side_legs(d)
    d.curve(SIDE_HIP, (90, 124), (72, 98))  # the lower back dipped, chest forward
    d.limb((74, 102), (96, 122), (112, 142))  # arms long, hands on the knees
    d.limb((72, 98), (74, 88))
    d.head((76, 75), facing=-30)  # chin level or a little up
    d.glow((82, 116), (84, 104), width=16)  # the chest opening forward
    d.arrow((94, 98), (104, 84))
    d.arrow((60, 132), (72, 126))  # the lower back sinking in
    return d


def seated_twist() -> Drawing:
    d = Drawing("Seated twist")
    seated_front_base(d)
    # Shoulders turned to the right: the left one swings forward and in, the right one back.
    d.limb((88, 106), (102, 102), (120, 100))
    d.limb((102, 102), FRONT_PELVIS)
    d.limb((88, 150), (112, 150))
    d.limb((88, 106), (98, 130), (116, 152))  # left hand to the right knee
    d.limb((120, 100), (136, 112), (132, 92))  # right hand on the chair back
    d.limb((102, 100), (104, 92))
    d.head((106, 78), facing=0)
    d.ellipse_arrow((100, 120), 40, 12, 200, 340)
    return d


def chest_opener() -> Drawing:
    d = Drawing("Chest opener")
    d.floor()
    d.limb((100, 190), (100, 116))
    d.limb((100, 190), (112, 190))
    d.curve((100, 116), (114, 96), (100, 70))  # chest lifted forward
    d.far_limb((100, 74), (76, 92), (62, 112))
    d.limb((100, 72), (78, 96), (64, 116))  # arms drawn back and down, hands clasped behind
    d.limb((100, 70), (102, 58))
    d.head((105, 46), facing=-15)
    d.glow((108, 80), (112, 96), width=16)  # the chest opening
    d.arrow((122, 90), (140, 80))
    d.arrow((66, 132), (50, 140))
    return d


def standing_back_extension() -> Drawing:
    d = Drawing("Standing back bend")
    d.floor()
    d.limb((110, 190), (112, 150), (112, 116))  # hips eased forward
    d.limb((110, 190), (122, 190))
    d.ghost((112, 112), (112, 74))  # where the back started: upright
    d.ghost_head((112, 50))
    d.curve((112, 116), (106, 88), (84, 74))  # the upper back arched back
    d.limb((86, 76), (80, 100), (108, 116))  # hands on the lower back, elbows behind
    d.limb((84, 74), (75, 66))
    d.head((67, 57), facing=-70)
    d.arc_arrow((112, 118), 88, -84, -116)
    return d


def hip_flexor_stretch() -> Drawing:
    d = Drawing("Hip-flexor stretch")
    d.floor()
    d.desk_side(160)
    d.limb((96, 112), (126, 142), (126, 190), (138, 190))  # front leg, knee bent
    d.limb((96, 112), (78, 150), (58, 186), (50, 190))  # back leg long behind
    d.limb((96, 112), (98, 66))
    d.limb((98, 70), (118, 96), (136, 128))  # hand on the desk
    d.limb((98, 66), (100, 56))
    d.head((102, 43), facing=0)
    d.glow((92, 118), (84, 136), width=18)
    d.arrow((112, 128), (104, 120))
    return d


def standing_side_bend() -> Drawing:
    d = Drawing("Standing side bend")
    d.floor()
    d.limb((88, 190), (92, 150), (100, 116))
    d.limb((112, 190), (108, 150), (100, 116))
    d.limb((78, 190), (88, 190))
    d.limb((112, 190), (122, 190))
    d.curve((100, 116), (102, 90), (90, 74))
    d.limb((76, 80), (90, 74), (104, 70))
    d.limb((104, 70), (112, 42), (92, 16))  # arm reaching up and over
    d.limb((76, 80), (72, 104), (76, 126))
    d.limb((90, 74), (84, 66))
    d.head((76, 56))
    d.arc_arrow((100, 120), 84, -66, -100)
    return d


def wrist_stretch() -> Drawing:
    d = Drawing("Forearm and wrist stretch")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (74, 100))
    d.far_limb((74, 104), (96, 126), (136, 120))  # the other hand easing the fingers
    d.limb((74, 104), (104, 106), (132, 106))  # arm straight out, palm up
    d.limb((132, 106), (136, 122))  # fingers eased down and back
    d.limb((74, 100), (75, 90))
    d.head((77, 77), facing=0)
    d.arc_arrow((132, 106), 22, 0, 70)
    return d


def short_walk() -> Drawing:
    d = Drawing("Short walk")
    d.floor()
    d.limb((100, 112), (116, 150), (126, 186), (138, 188))
    d.far_limb((100, 112), (90, 150), (74, 180), (80, 190))
    d.limb((100, 112), (102, 66))
    d.limb((102, 70), (90, 94), (82, 112))
    d.far_limb((102, 70), (114, 92), (126, 104))
    d.limb((102, 66), (104, 56))
    d.head((106, 43), facing=0)
    d.arrow((132, 60), (164, 60))
    d.arrow((142, 76), (164, 76))
    return d


def belly_breath() -> Drawing:
    d = Drawing("Slow belly breaths")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (72, 100))
    d.limb((72, 104), (70, 126), (88, 130))  # hand resting on the belly
    d.limb((72, 100), (73, 90))
    d.head((75, 77), facing=0)
    d.glow_dot((82, 128), 13)
    d.arc_arrow((70, 128), 32, -22, 22, heads=0)  # the belly gently rising and falling
    d.arc_arrow((70, 128), 44, -18, 18, heads=0)
    return d


def upper_back_reach() -> Drawing:
    d = Drawing("Upper-back reach")
    seated_side_legs(d)
    d.curve(SIDE_HIP, (90, 122), (80, 102))
    d.limb((80, 104), (108, 104), (132, 104))
    d.limb((80, 102), (88, 94))
    d.head((94, 82), facing=40)
    d.arrow((142, 90), (164, 90))
    d.glow((66, 118), (72, 106), width=16)
    return d


def neck_turn() -> Drawing:
    d = Drawing("Slow head turns")
    seated_front_base(d)
    left, right = front_torso(d)
    arms_resting(d, left, right)
    d.limb((100, 102), (100, 92))
    d.head(FRONT_HEAD, facing=0)  # the nose shows the head turned to one side
    d.ellipse_arrow((100, 66), 30, 9, 200, 340)
    return d


def jaw_release() -> Drawing:
    d = Drawing("Unclench your jaw")
    # A close-up of the face: the teeth apart, fingertips circling the jaw muscles.
    d.layers["body"].append('<circle cx="100" cy="92" r="46"/>')
    d.limb((80, 80), (88, 80))
    d.limb((112, 80), (120, 80))
    d.limb((88, 116), (100, 120), (112, 116))
    d.limb((100, 138), (100, 170))
    d.limb((46, 196), (100, 170), (154, 196))
    d.glow_dot((58, 106), 10)
    d.glow_dot((142, 106), 10)
    d.arc_arrow((58, 106), 18, 200, 470)
    d.arc_arrow((142, 106), 18, -20, 250)
    return d


# Progressive muscle relaxation: the same seated person, the group being tensed glowing teal.
def pmr_figure(
    title: str,
    *,
    shoulder_y: float = 104,
    arms: Callable[[Drawing, Point, Point], None] = arms_resting,
    legs: bool = True,
) -> Drawing:
    d = Drawing(title)
    seated_front_base(d, legs=legs)
    left, right = front_torso(d, shoulder_y)
    arms(d, left, right)
    d.limb((100, shoulder_y - 2), (100, 92))
    d.head(FRONT_HEAD)
    return d


def pmr_hands() -> Drawing:
    d = pmr_figure("Relax: hands and forearms")
    d.glow((72, 128), (86, 152), width=16)
    d.glow((128, 128), (114, 152), width=16)
    d.glow_dot((86, 152), 11)
    d.glow_dot((114, 152), 11)
    d.tension((86, 152), 15, 110, 160, 210)
    d.tension((114, 152), 15, 70, 20, -30)
    return d


def pmr_arms() -> Drawing:
    def bent(d: Drawing, left: Point, right: Point) -> None:
        d.limb(left, (62, 124), (66, 98))
        d.limb(right, (138, 124), (134, 98))

    d = pmr_figure("Relax: upper arms", arms=bent)
    d.glow((78, 104), (62, 124), width=18)
    d.glow((122, 104), (138, 124), width=18)
    d.tension((62, 118), 14, 150, 195, 240)
    d.tension((138, 118), 14, 30, -15, -60)
    return d


def pmr_shoulders() -> Drawing:
    def lifted(d: Drawing, left: Point, right: Point) -> None:
        d.limb(left, (70, 124), (86, 152))
        d.limb(right, (130, 124), (114, 152))

    d = pmr_figure("Relax: shoulders", shoulder_y=96, arms=lifted)
    d.glow((76, 96), (100, 94), (124, 96), width=18)
    d.arrow((66, 104), (66, 86))
    d.arrow((134, 104), (134, 86))
    d.tension((100, 92), 30, -150, -30)
    return d


def pmr_upper_back() -> Drawing:
    d = Drawing("Relax: upper back")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (74, 100))
    d.limb((74, 104), (60, 126), (80, 136))
    d.limb((74, 100), (75, 90))
    d.head((77, 77), facing=0)
    d.glow((70, 104), (70, 124), width=18)
    d.tension((70, 114), 14, 150, 180, 210)
    return d


def pmr_face() -> Drawing:
    d = Drawing("Relax: face and jaw")
    d.layers["body"].append('<circle cx="100" cy="92" r="46"/>')
    d.limb((78, 82), (84, 78), (90, 82))  # eyes squeezed shut
    d.limb((110, 82), (116, 78), (122, 82))
    d.limb((88, 116), (112, 116))  # lips pressed
    d.limb((100, 138), (100, 170))
    d.limb((46, 196), (100, 170), (154, 196))
    d.glow_dot((100, 96), 34)
    d.tension((100, 92), 54, 160, 185, 210, 20, -5, -30)
    return d


def pmr_forehead() -> Drawing:
    d = Drawing("Relax: forehead")
    d.layers["body"].append('<circle cx="100" cy="92" r="46"/>')
    d.limb((76, 70), (84, 66), (92, 70))  # raised brows
    d.limb((108, 70), (116, 66), (124, 70))
    d.layers["body"].append('<circle cx="84" cy="84" r="2"/>')
    d.layers["body"].append('<circle cx="116" cy="84" r="2"/>')
    d.limb((90, 116), (100, 118), (110, 116))
    d.limb((100, 138), (100, 170))
    d.limb((46, 196), (100, 170), (154, 196))
    d.glow((76, 60), (100, 56), (124, 60), width=16)
    d.arrow((140, 76), (140, 56))
    d.tension((100, 92), 54, -150, -125, -100)
    return d


def pmr_belly() -> Drawing:
    d = pmr_figure("Relax: belly")
    d.glow_dot((100, 132), 16)
    d.tension((100, 132), 20, 150, 180, 210, 30, 0, -30)
    return d


def pmr_legs() -> Drawing:
    d = pmr_figure("Relax: thighs", legs=False)
    d.limb((90, 150), (94, 160), (92, 190), (82, 190))  # knees pressed together
    d.limb((110, 150), (106, 160), (108, 190), (118, 190))
    d.glow((90, 152), (94, 162), width=18)
    d.glow((110, 152), (106, 162), width=18)
    d.arrow((70, 162), (84, 162))
    d.arrow((130, 162), (116, 162))
    return d


def pmr_feet() -> Drawing:
    d = Drawing("Relax: feet and calves")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (74, 100))
    d.limb((74, 104), (80, 126), (104, 138))
    d.limb((74, 100), (75, 90))
    d.head((77, 77), facing=0)
    # Redraw the foot with the toes pulled up toward the shin.
    d.layers["body"][0] = f'<polyline points="{_pts([SIDE_HIP, SIDE_KNEE, SIDE_ANKLE, (124, 178)])}"/>'
    d.glow((113, 160), (114, 186), (124, 178), width=18)
    d.arc_arrow((114, 188), 26, -10, -60)
    d.tension((114, 166), 14, 160, 185, 210)
    return d


# The "let go" after each tensing: the same person at rest, the group loose, soft teal waves where
# the tension was (never the tensing glow), and a drop where a part sinks back down.
def pmr_hands_release() -> Drawing:
    d = pmr_figure("Let go: hands and forearms")
    d.soft((62, 150))
    d.soft((138, 150))
    return d


def pmr_arms_release() -> Drawing:
    d = pmr_figure("Let go: upper arms")
    d.soft((56, 116))
    d.soft((144, 116))
    return d


def pmr_shoulders_release() -> Drawing:
    def dropped(d: Drawing, left: Point, right: Point) -> None:
        d.limb(left, (70, 130), (86, 152))
        d.limb(right, (130, 130), (114, 152))

    d = pmr_figure("Let go: shoulders", shoulder_y=108, arms=dropped)
    d.arrow((62, 86), (62, 104))
    d.arrow((138, 86), (138, 104))
    d.soft((48, 128), 18, waves=1)
    d.soft((152, 128), 18, waves=1)
    return d


def pmr_upper_back_release() -> Drawing:
    d = Drawing("Let go: upper back")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (74, 100))
    d.limb((74, 104), (80, 126), (104, 138))  # hands resting in the lap
    d.limb((74, 100), (75, 90))
    d.head((77, 77), facing=0)
    d.soft((50, 112))
    d.soft((50, 126))
    return d


def relaxed_face(title: str) -> Drawing:
    d = Drawing(title)
    d.layers["body"].append('<circle cx="100" cy="92" r="46"/>')
    d.curve((77, 84), (84, 91), (91, 84))  # eyes softly closed
    d.curve((109, 84), (116, 91), (123, 84))
    d.limb((78, 72), (90, 71))  # smooth, level brows
    d.limb((110, 71), (122, 72))
    d.curve((88, 114), (100, 122), (112, 114))  # a soft mouth, the jaw loose
    d.limb((100, 138), (100, 170))
    d.limb((46, 196), (100, 170), (154, 196))
    return d


def pmr_forehead_release() -> Drawing:
    d = relaxed_face("Let go: forehead")
    d.soft((100, 58), 30)
    d.arrow((140, 56), (140, 76))
    return d


def pmr_face_release() -> Drawing:
    d = relaxed_face("Let go: face and jaw")
    d.soft((34, 100))
    d.soft((166, 100))
    return d


def pmr_belly_release() -> Drawing:
    d = pmr_figure("Let go: belly")
    d.soft((100, 132), 20)
    return d


def pmr_legs_release() -> Drawing:
    d = pmr_figure("Let go: thighs")
    d.soft((60, 168))
    d.soft((140, 168))
    return d


def pmr_feet_release() -> Drawing:
    d = Drawing("Let go: feet and calves")
    seated_side_legs(d)
    d.limb(SIDE_HIP, (74, 100))
    d.limb((74, 104), (80, 126), (104, 138))
    d.limb((74, 100), (75, 90))
    d.head((77, 77), facing=0)
    d.soft((140, 170))
    d.soft((146, 182))
    return d


ILLUSTRATIONS: dict[str, Callable[[], Drawing]] = {
    "chin-tuck": chin_tuck,
    "neck-side-stretch": neck_side_stretch,
    "shoulder-rolls": shoulder_rolls,
    "shoulder-blade-squeeze": shoulder_blade_squeeze,
    "seated-cat-cow": seated_cat_cow,
    "seated-cat": seated_cat,
    "seated-cow": seated_cow,
    "seated-twist": seated_twist,
    "chest-opener": chest_opener,
    "standing-back-extension": standing_back_extension,
    "hip-flexor-stretch": hip_flexor_stretch,
    "standing-side-bend": standing_side_bend,
    "wrist-stretch": wrist_stretch,
    "short-walk": short_walk,
    "belly-breath": belly_breath,
    "upper-back-reach": upper_back_reach,
    "neck-turn": neck_turn,
    "jaw-release": jaw_release,
    "pmr-hands": pmr_hands,
    "pmr-arms": pmr_arms,
    "pmr-shoulders": pmr_shoulders,
    "pmr-upper-back": pmr_upper_back,
    "pmr-face": pmr_face,
    "pmr-forehead": pmr_forehead,
    "pmr-belly": pmr_belly,
    "pmr-legs": pmr_legs,
    "pmr-feet": pmr_feet,
    "pmr-hands-release": pmr_hands_release,
    "pmr-arms-release": pmr_arms_release,
    "pmr-shoulders-release": pmr_shoulders_release,
    "pmr-upper-back-release": pmr_upper_back_release,
    "pmr-forehead-release": pmr_forehead_release,
    "pmr-face-release": pmr_face_release,
    "pmr-belly-release": pmr_belly_release,
    "pmr-legs-release": pmr_legs_release,
    "pmr-feet-release": pmr_feet_release,
}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, draw in ILLUSTRATIONS.items():
        (OUT / f"{name}.svg").write_text(draw().svg(), encoding="utf-8")
    print(f"wrote {len(ILLUSTRATIONS)} illustrations to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
